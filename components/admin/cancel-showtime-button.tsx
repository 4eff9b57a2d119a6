"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { cancelShowtimeAction } from "@/app/admin/showtimes/actions";

/** Cancels a showtime for everyone after asking for the reason customers will read. */
export function CancelShowtimeButton({ showtimeId, sold }: { showtimeId: string; sold: number }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const confirm = () =>
    startTransition(async () => {
      const result = await cancelShowtimeAction({ id: showtimeId, reason });
      if (!result.ok) {
        setError(result.fieldErrors?.reason?.[0] ?? result.formError ?? "The showtime could not be cancelled.");
        return;
      }
      setOpen(false);
      const { cancelledTickets = 0, emailed = 0 } = result.data ?? {};
      toast.success(`Showtime cancelled: ${cancelledTickets} tickets refunded, ${emailed} customers emailed.`);
      router.refresh();
    });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Cancel showtime
      </Button>
      <ConfirmDialog
        open={open}
        title="Cancel this showtime?"
        confirmLabel="Cancel showtime"
        pendingLabel="Cancelling…"
        pending={pending}
        error={error}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      >
        <p className="mb-3">
          {sold > 0
            ? `${sold} sold ${sold === 1 ? "ticket is" : "tickets are"} cancelled and refunded in full, including booking fees. Each customer gets an email with your reason.`
            : "No tickets are sold yet. Held seats are released."}
        </p>
        <label htmlFor="cancel-reason" className="text-sm font-medium text-zinc-800">
          Reason (customers see it)
        </label>
        <textarea
          id="cancel-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          maxLength={500}
          className="mt-1 w-full rounded-md border border-zinc-300 px-3 py-2"
        />
      </ConfirmDialog>
    </>
  );
}
