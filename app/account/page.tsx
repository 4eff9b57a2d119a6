import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-zinc-200 bg-white p-6">
        <dt className="font-medium text-zinc-600">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-zinc-600">Email</dt>
        <dd>{user.email}</dd>
      </dl>
    </div>
  );
}
