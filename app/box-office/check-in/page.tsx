import type { Metadata } from "next";
import { DoorCheckIn } from "@/components/box-office/door-check-in";
import { requireStaffPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "Check-in" };

export default async function DoorCheckInPage() {
  await requireStaffPage("/box-office/check-in");
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Check-in at the door</h1>
        <p className="mt-1 text-sm text-zinc-600">Scan the ticket&apos;s QR code or type the code printed under it. Each ticket is admitted once.</p>
      </div>
      <DoorCheckIn />
    </div>
  );
}
