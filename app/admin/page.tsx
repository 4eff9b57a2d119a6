import type { Metadata } from "next";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };

export default async function AdminDashboardPage() {
  const admin = await requireAdminPage();
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-2xl font-bold tracking-tight">Dashboard</h1>
      <p className="text-zinc-600">Signed in as {admin.email}.</p>
    </div>
  );
}
