"use client";

import { useActionState } from "react";
import { sellAtCounterAction } from "@/app/box-office/actions";
import { Button } from "@/components/ui/button";
import { PaymentMethodChoice } from "@/components/orders/payment-method-choice";

const methods = [
  { id: "counter_cash", label: "Cash", description: "Take the money, then confirm." },
  { id: "counter_card", label: "Card terminal", description: "Confirm once the terminal shows approved." },
] as const;

/**
 * Taking payment for the held seats: cash or the card terminal, recorded as paid at once. The
 * idempotency key comes with each render of the page, so a double tap makes one order.
 */
export function CounterPaymentForm({ idempotencyKey, expectedSeats, totalLabel }: { idempotencyKey: string; expectedSeats: string[]; totalLabel: string }) {
  const [state, formAction, pending] = useActionState(sellAtCounterAction, null);
  const failed = state && !state.ok ? state : null;
  const lostSeats = failed?.fieldErrors?.lostSeats;
  const methodError = failed?.fieldErrors?.paymentMethod?.[0];
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-label="Take payment">
      {failed && (failed.formError || lostSeats?.length) ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {failed.formError ?? "The sale could not be completed."}
        </div>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {expectedSeats.map((key) => (
        <input key={key} type="hidden" name="expectedSeats" value={key} />
      ))}
      <PaymentMethodChoice legend="Payment" methods={methods} error={methodError} />
      <Button type="submit" disabled={pending || expectedSeats.length === 0} className="min-h-12 w-full text-base">
        {pending ? "Recording the sale…" : `Paid · ${totalLabel}`}
      </Button>
    </form>
  );
}
