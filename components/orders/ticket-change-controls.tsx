"use client";

import { useActionState, useState } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/action-state";
import { cancelTicketsAction, changeOrderTicketTypeAction, moveTicketAction } from "@/app/account/orders/[number]/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { ActionFeedback } from "./action-feedback";

export type TicketChangeOptions = {
  orderNumber: string;
  ticketId: string;
  seatLabel: string;
  currentTicketTypeId: string;
  /** Each with its label already priced, e.g. "Child — £7.50 (£2.50 less)". */
  types: { id: string; label: string }[];
  seats: { id: string; label: string }[];
};

/**
 * A successful cancellation removes the controls that asked for it (the ticket is no longer
 * changeable), so its confirmation goes to the page-wide toast rather than to feedback inside them.
 */
async function cancelWithToast(previous: ActionState | null, formData: FormData) {
  const result = await cancelTicketsAction(previous, formData);
  if (result.ok && result.message) toast.success(result.message);
  return result;
}

/** Change type, move seat and cancel for one ticket; rendered only while the policy allows changes. */
export function TicketChangeControls({ options }: { options: TicketChangeOptions }) {
  const [typeState, typeAction, typePending] = useActionState(changeOrderTicketTypeAction, null);
  const [moveState, moveAction, movePending] = useActionState(moveTicketAction, null);
  const [cancelState, cancelAction, cancelPending] = useActionState(cancelWithToast, null);
  const [confirming, setConfirming] = useState(false);
  const otherTypes = options.types.filter((t) => t.id !== options.currentTicketTypeId);
  return (
    <details className="group rounded-lg border border-zinc-200 bg-zinc-50 print:hidden">
      <summary className="cursor-pointer list-none rounded-lg px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-zinc-100">
        <span aria-hidden="true" className="mr-1 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        Change or cancel {options.seatLabel}
      </summary>
      <div className="flex flex-col gap-4 border-t border-zinc-200 p-3">
        {otherTypes.length > 0 ? (
          <form action={typeAction} className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <input type="hidden" name="orderNumber" value={options.orderNumber} />
            <input type="hidden" name="ticketId" value={options.ticketId} />
            <Select label={`New ticket type for ${options.seatLabel}`} name="ticketTypeId" className="flex-1" defaultValue={otherTypes[0].id}>
              {otherTypes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </Select>
            <Button type="submit" variant="secondary" disabled={typePending}>
              {typePending ? "Changing…" : "Change type"}
            </Button>
          </form>
        ) : null}
        <ActionFeedback state={typeState} field="ticketTypeId" />
        {options.seats.length > 0 ? (
          <form action={moveAction} className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <input type="hidden" name="orderNumber" value={options.orderNumber} />
            <input type="hidden" name="ticketId" value={options.ticketId} />
            <Select label={`Move ${options.seatLabel} to`} name="seatId" className="flex-1" defaultValue={options.seats[0].id}>
              {options.seats.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </Select>
            <Button type="submit" variant="secondary" disabled={movePending}>
              {movePending ? "Moving…" : "Move seat"}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-zinc-600">No other seats are free for this showtime.</p>
        )}
        <ActionFeedback state={moveState} field="seatId" />
        <form action={cancelAction} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="orderNumber" value={options.orderNumber} />
          <input type="hidden" name="ticketIds" value={options.ticketId} />
          {confirming ? (
            <>
              <span className="text-sm font-medium">Cancel {options.seatLabel}? This can&apos;t be undone.</span>
              <Button type="submit" variant="danger" disabled={cancelPending}>
                {cancelPending ? "Cancelling…" : "Yes, cancel this ticket"}
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              Cancel ticket
            </Button>
          )}
        </form>
        <ActionFeedback state={cancelState} />
      </div>
    </details>
  );
}

/** Cancels every live ticket of the order, after a confirmation step. */
export function CancelOrderButton({ orderNumber }: { orderNumber: string }) {
  const [state, action, pending] = useActionState(cancelWithToast, null);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={action} className="flex flex-col gap-2 print:hidden">
      <input type="hidden" name="orderNumber" value={orderNumber} />
      <div className="flex flex-wrap items-center gap-2">
        {confirming ? (
          <>
            <span className="text-sm font-medium">Cancel every remaining ticket in this order?</span>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Cancelling…" : "Yes, cancel the order"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Keep my order
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Cancel order
          </Button>
        )}
      </div>
      <ActionFeedback state={state} />
    </form>
  );
}
