import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { requireUser } from "@/lib/auth/dal";
import { getCheckoutSummary } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/money";
import { buttonClasses } from "@/components/ui/button";
import { CheckoutItems } from "@/components/orders/checkout-items";
import { PlaceOrderForm } from "@/components/orders/place-order-form";
import { PolicyNote } from "@/components/orders/policy-note";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage() {
  const user = await requireUser("/checkout");
  const summary = await getCheckoutSummary(user.id);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Checkout</h1>
        <p className="mt-1 text-zinc-600">Check your seats and tickets, then place your order.</p>
      </div>
      {summary.items.length === 0 || !summary.totals || !summary.currency ? (
        <section className="rounded-xl border border-zinc-200 bg-white p-6 text-center shadow-sm sm:p-10">
          <h2 className="text-lg font-semibold">Your cart is empty</h2>
          <p className="mt-2 text-zinc-600">Seats you choose stay held for you for a few minutes. Pick a showtime to start.</p>
          <Link href="/movies" className={buttonClasses("primary", "mt-5")}>
            Browse movies
          </Link>
        </section>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
          <CheckoutItems items={summary.items} currency={summary.currency} />
          <aside aria-labelledby="summary-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm lg:sticky lg:top-6">
            <h2 id="summary-heading" className="text-lg font-semibold">
              Order summary
            </h2>
            <dl className="grid grid-cols-[1fr_auto] gap-y-1.5 text-sm">
              <dt className="text-zinc-600">
                {summary.items.length} ticket{summary.items.length === 1 ? "" : "s"}
              </dt>
              <dd className="text-right tabular-nums">{formatMoney(summary.totals.subtotalMinor, summary.currency)}</dd>
              <dt className="text-zinc-600">Booking fee</dt>
              <dd className="text-right tabular-nums">
                {summary.totals.bookingFeeMinor === 0 ? "None" : formatMoney(summary.totals.bookingFeeMinor, summary.currency)}
              </dd>
              <dt className="border-t border-zinc-200 pt-2 text-base font-semibold">Total</dt>
              <dd className="border-t border-zinc-200 pt-2 text-right text-base font-semibold tabular-nums">
                {formatMoney(summary.totals.totalMinor, summary.currency)}
              </dd>
            </dl>
            <PolicyNote text={summary.policyText} />
            {summary.paymentMethods.length > 0 ? (
              <PlaceOrderForm
                idempotencyKey={randomUUID()}
                expectedSeats={summary.expectedSeats}
                totalLabel={formatMoney(summary.totals.totalMinor, summary.currency)}
                methods={summary.paymentMethods}
              />
            ) : (
              <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                This cinema takes payment online only, and card payment is not available right now. Your seats stay in your cart while
                they are held: try again in a few minutes.
              </p>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
