"use client";

import { useActionState, useId } from "react";
import { adminCancelOrderAction, adminMarkRefundedAction } from "@/app/admin/orders/actions";
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

export function AdminOrderActions({ orderId, canCancel, canMarkRefunded }: { orderId: string; canCancel: boolean; canMarkRefunded: boolean }) {
  if (!canCancel && !canMarkRefunded) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {canCancel ? <ReasonForm orderId={orderId} kind="cancel" /> : null}
      {canMarkRefunded ? <ReasonForm orderId={orderId} kind="refund" /> : null}
    </div>
  );
}
