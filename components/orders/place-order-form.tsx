"use client";

import { useActionState } from "react";
import { placeOrderAction } from "@/app/(site)/checkout/actions";
import { Button } from "@/components/ui/button";

/**
 * The "Place order" button. The idempotency key comes from the server with each render, so a double
 * click or a retried request finds the order the first submit made; the button is disabled meanwhile.
 */
export function PlaceOrderForm({ idempotencyKey, expectedSeats, totalLabel }: { idempotencyKey: string; expectedSeats: string[]; totalLabel: string }) {
  const [state, formAction, pending] = useActionState(placeOrderAction, null);
  const lostSeats = state && !state.ok ? state.fieldErrors?.lostSeats : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state && !state.ok && state.formError ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {lostSeats?.length ? (
            <>
              <p className="font-semibold">
                {lostSeats.length === 1 ? "A seat is" : "Some seats are"} no longer held for you. Nothing was booked.
              </p>
              <ul className="mt-1 list-disc pl-5">
                {lostSeats.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
              <p className="mt-1">Your other seats are still in your cart — check them below and place the order again.</p>
            </>
          ) : (
            state.formError
          )}
        </div>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {expectedSeats.map((key) => (
        <input key={key} type="hidden" name="expectedSeats" value={key} />
      ))}
      <Button type="submit" disabled={pending || expectedSeats.length === 0} className="w-full text-base">
        {pending ? "Placing your order…" : `Place order · ${totalLabel}`}
      </Button>
    </form>
  );
}
