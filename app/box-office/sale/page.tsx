import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { CheckoutItems } from "@/components/orders/checkout-items";
import { CounterPaymentForm } from "@/components/box-office/counter-payment-form";
import { ReleaseHoldsButton } from "@/components/box-office/release-holds-button";
import { buttonClasses } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/auth/dal";
import { formatMoney } from "@/lib/money";
import { getCheckoutSummary } from "@/lib/orders/queries";

export const metadata: Metadata = { title: "Take payment" };

/** The sale in progress: the seats held in the staff member's cart, priced on the server, and the payment. */
export default async function CounterSalePage() {
  const staff = await requireStaffPage("/box-office/sale");
  const summary = await getCheckoutSummary(staff.id);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Take payment</h1>
        <p className="text-sm text-zinc-600">Seats stay held for a few minutes while the customer pays.</p>
      </div>
      {summary.items.length === 0 || !summary.totals || !summary.currency ? (
        <section className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
          <h2 className="text-lg font-semibold">No seats held</h2>
          <p className="mt-1 text-zinc-600">Choose a showtime and its seats first.</p>
          <Link href="/box-office" className={buttonClasses("primary", "mt-4 min-h-11")}>
            Today&apos;s showtimes
          </Link>
        </section>
      ) : (
        <div className="grid gap-5 lg:grid-cols-[1fr_22rem] lg:items-start">
          <CheckoutItems items={summary.items} currency={summary.currency} />
          <aside aria-labelledby="total-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm lg:sticky lg:top-4">
            <h2 id="total-heading" className="flex items-baseline justify-between text-lg font-semibold">
              <span>
                {summary.items.length} ticket{summary.items.length === 1 ? "" : "s"}
              </span>
              <span className="text-2xl tabular-nums">{formatMoney(summary.totals.totalMinor, summary.currency)}</span>
            </h2>
            <CounterPaymentForm
              idempotencyKey={randomUUID()}
              expectedSeats={summary.expectedSeats}
              totalLabel={formatMoney(summary.totals.totalMinor, summary.currency)}
            />
            <ReleaseHoldsButton />
          </aside>
        </div>
      )}
    </>
  );
}
