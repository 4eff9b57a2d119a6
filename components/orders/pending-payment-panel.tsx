"use client";

import { useActionState } from "react";
import { abandonPaymentAction, payOrderAction } from "@/app/account/orders/[number]/payment-actions";
import { ActionFeedback } from "./action-feedback";
import { Button } from "@/components/ui/button";

const notices = {
  cancelled: "You left the payment page before paying.",
  unavailable: "We could not open the payment page just now.",
} as const;

/** An order waiting for its card payment: pay now (back to Stripe), or give up and release the seats. */
export function PendingPaymentPanel({
  orderNumber,
  totalLabel,
  holdUntilLabel,
  notice,
}: {
  orderNumber: string;
  totalLabel: string;
  holdUntilLabel: string | null;
  notice?: keyof typeof notices;
}) {
  const [payState, pay, paying] = useActionState(payOrderAction, null);
  const [abandonState, abandon, abandoning] = useActionState(abandonPaymentAction, null);
  return (
    <section aria-labelledby="pending-payment-heading" className="flex flex-col gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-amber-950 sm:p-5">
      <h2 id="pending-payment-heading" className="text-lg font-semibold">
        Finish paying to get your tickets
      </h2>
      {notice ? <p className="font-medium">{notices[notice]}</p> : null}
      <p className="text-sm">
        Your seats are kept for you{holdUntilLabel ? ` until ${holdUntilLabel}` : ""}. If the payment is not completed by then, the
        order is cancelled and nothing is charged.
      </p>
      <div className="flex flex-wrap gap-2">
        <form action={pay}>
          <input type="hidden" name="orderNumber" value={orderNumber} />
          <Button type="submit" disabled={paying || abandoning}>
            {paying ? "Opening secure payment…" : `Pay now · ${totalLabel}`}
          </Button>
        </form>
        <form action={abandon}>
          <input type="hidden" name="orderNumber" value={orderNumber} />
          <Button type="submit" variant="secondary" disabled={paying || abandoning}>
            {abandoning ? "Cancelling…" : "Cancel order"}
          </Button>
        </form>
      </div>
      <ActionFeedback state={payState} />
      <ActionFeedback state={abandonState} />
    </section>
  );
}
