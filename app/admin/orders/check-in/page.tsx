import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/dal";
import { CheckInForm } from "@/components/orders/check-in-form";

export const metadata: Metadata = { title: "Ticket check-in", robots: { index: false } };

export default async function CheckInPage() {
  await requireAdminPage("/admin/orders/check-in");
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <div>
        <p className="text-sm text-zinc-600">
          <Link href="/admin/orders" className="hover:underline">
            Orders
          </Link>{" "}
          /
        </p>
        <h1 className="text-2xl font-bold tracking-tight">Ticket check-in</h1>
        <p className="mt-1 text-zinc-600">
          Scan a ticket&apos;s QR code with a barcode scanner, or type the code printed under it. Each ticket is admitted once.
        </p>
      </div>
      <CheckInForm />
    </div>
  );
}
