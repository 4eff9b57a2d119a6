"use client";

import { useActionState } from "react";
import { markPaidAtDeskAction } from "@/app/box-office/actions";
import { Button } from "@/components/ui/button";

/**
 * "Mark paid" for one pay-at-cinema order: the money was taken at the desk. Shows the outcome in place;
 * `alreadyPaid` (the page re-rendered after the change, or the order was paid before) shows that instead.
 */
export function MarkPaidForm({ orderNumber, amount, alreadyPaid = false }: { orderNumber: string; amount: string; alreadyPaid?: boolean }) {
  const [state, action, pending] = useActionState(markPaidAtDeskAction, null);
  if (state?.ok || alreadyPaid) {
    return (
      <p role="status" className="rounded-md bg-green-100 px-3 py-2 font-semibold text-green-950">
        {state?.ok ? state.message : "Already paid."}
      </p>
    );
  }
  const error = state && !state.ok ? (state.fieldErrors?.orderNumber?.[0] ?? state.formError) : undefined;
  return (
    <form action={action} aria-label={`Mark order ${orderNumber} paid`} className="flex flex-col gap-2">
      <input type="hidden" name="orderNumber" value={orderNumber} />
      <Button type="submit" disabled={pending} className="min-h-12 w-full sm:w-auto">
        {pending ? "Recording…" : `Mark paid · ${amount}`}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
