"use client";

import { useActionState, useId } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/action-state";
import { adminCancelOrderAction, adminMarkPaidAction, adminMarkRefundedAction } from "@/app/admin/orders/actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { ActionFeedback } from "./action-feedback";

/** An admin write on an order that needs a reason the customer will read. */
function ReasonForm({ orderId, kind }: { orderId: string; kind: "cancel" | "refund" }) {
  const [state, action, pending] = useActionState(kind === "cancel" ? adminCancelOrderAction : adminMarkRefundedAction, null);
  const headingId = useId();
  const reasonError = state && !state.ok ? state.fieldErrors?.reason?.[0] : undefined;
  const title = kind === "cancel" ? "Cancel this order" : "Mark as refunded";
  return (
    <form action={action} aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-zinc-600">
        {kind === "cancel"
          ? "Cancels every valid ticket whatever the cut-off, frees the seats and refunds in full what was paid. The customer is emailed the reason."
          : "Records that the money went back to the customer. The customer is emailed the note."}
      </p>
      <input type="hidden" name="orderId" value={orderId} />
      <Textarea
        label={kind === "cancel" ? "Reason for cancelling" : "Refund note"}
        name="reason"
        rows={2}
        required
        minLength={3}
        maxLength={500}
        error={reasonError}
        defaultValue={state && !state.ok ? state.values?.reason : undefined}
      />
      <ActionFeedback state={state && !state.ok && reasonError ? null : state} />
      <Button type="submit" variant={kind === "cancel" ? "danger" : "secondary"} disabled={pending} className="self-start">
        {pending ? "Saving…" : title}
      </Button>
    </form>
  );
}

/** The box office took the money for a pay-at-cinema reservation. */
function MarkPaidForm({ orderId, amount }: { orderId: string; amount: string }) {
  // The form leaves the page once the order is paid, so the toast is raised here, not by an effect.
  const [state, action, pending] = useActionState(async (previous: ActionState | null, formData: FormData) => {
    const result = await adminMarkPaidAction(previous, formData);
    if (result.ok && result.message) toast.success(result.message);
    return result;
  }, null);
  const headingId = useId();
  return (
    <form action={action} aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold">
        Mark paid
      </h2>
      <p className="text-sm text-zinc-600">
        The customer paid {amount} at the box office. Paid reservations are kept; unpaid ones are released before the showtime.
      </p>
      <input type="hidden" name="orderId" value={orderId} />
      <ActionFeedback state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : `Mark ${amount} paid`}
      </Button>
    </form>
  );
}

type Props = { orderId: string; canCancel: boolean; canMarkRefunded: boolean; canMarkPaid: boolean; amount: string };

export function AdminOrderActions({ orderId, canCancel, canMarkRefunded, canMarkPaid, amount }: Props) {
  if (!canCancel && !canMarkRefunded && !canMarkPaid) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {canMarkPaid ? <MarkPaidForm orderId={orderId} amount={amount} /> : null}
      {canCancel ? <ReasonForm orderId={orderId} kind="cancel" /> : null}
      {canMarkRefunded ? <ReasonForm orderId={orderId} kind="refund" /> : null}
    </div>
  );
}
