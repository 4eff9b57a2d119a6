import type { Metadata } from "next";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/dal";
import { getOrderForAdmin, getOrderHistory } from "@/lib/orders/admin-queries";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { paymentMethodById } from "@/lib/orders/payments";
import { listCardRefunds } from "@/lib/orders/payments/refunds";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { AdminOrderActions } from "@/components/orders/admin-order-actions";
import { TicketStatusBadge } from "@/components/orders/order-status-badge";
import { OrderHeading } from "@/components/orders/order-heading";
import { ShowtimeHeading } from "@/components/orders/showtime-heading";
import { seatLabel } from "@/lib/venues/seat-label";

export const metadata: Metadata = { title: "Order", robots: { index: false } };

const changeLabels: Record<string, string> = {
  ticket_type_changed: "Ticket type changed",
  seat_moved: "Seat moved",
  ticket_cancelled: "Ticket cancelled",
  order_cancelled: "Order cancelled",
  refund_marked: "Refund marked",
  checked_in: "Checked in",
  payment_marked: "Marked paid at the box office",
  reservation_released: "Unpaid seat released",
  payment_received: "Card payment received",
  payment_expired: "Card payment not completed",
};

const refundLabels = { pending: "Sending to Stripe", succeeded: "Refunded to card", failed: "Failed — refund by hand" } as const;

export default async function AdminOrderPage({ params }: PageProps<"/admin/orders/[number]">) {
  const { number } = await params;
  await requireAdminPage(`/admin/orders/${number}`);
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await getOrderForAdmin(parsed.data) : null;
  if (!order) notFound();
  const [history, refunds] = await Promise.all([getOrderHistory(order.id), order.paymentMethod === "card" ? listCardRefunds(order.id) : []]);
  const zone = order.showtimes[0]?.timeZone ?? "Europe/London";
  return (
    <div className="flex flex-col gap-6">
      <div>
        <OrderHeading back={{ href: "/admin/orders", label: "Orders" }} order={order}>
          <span>
            {order.customerName} · {order.customerEmail} · placed {formatShowDateTime(order.createdAt, zone)}
          </span>
        </OrderHeading>
        {order.cancelReason ? <p className="mt-1 text-sm text-zinc-700">Cancelled: {order.cancelReason}</p> : null}
      </div>

      <dl className="grid max-w-md grid-cols-[1fr_auto] gap-y-1 rounded-xl border border-zinc-200 bg-white p-4 text-sm shadow-sm">
        <dt className="text-zinc-600">Tickets</dt>
        <dd className="text-right tabular-nums">{formatMoney(order.subtotalMinor, order.currency)}</dd>
        <dt className="text-zinc-600">Booking fee</dt>
        <dd className="text-right tabular-nums">{formatMoney(order.bookingFeeMinor, order.currency)}</dd>
        <dt className="font-semibold">Total</dt>
        <dd className="text-right font-semibold tabular-nums">{formatMoney(order.totalMinor, order.currency)}</dd>
        <dt className="text-zinc-600">Refund due or made</dt>
        <dd className="text-right tabular-nums">{formatMoney(order.refundedMinor, order.currency)}</dd>
        <dt className="text-zinc-600">Payment</dt>
        <dd className="text-right">{paymentMethodById(order.paymentMethod)?.label ?? order.paymentMethod}</dd>
        {order.stripePaymentIntentId ? (
          <>
            <dt className="text-zinc-600">Stripe payment</dt>
            <dd className="text-right font-mono text-xs">{order.stripePaymentIntentId}</dd>
          </>
        ) : null}
        {refunds.map((refund) => (
          <Fragment key={refund.id}>
            <dt className="text-zinc-600" title={refund.lastError ?? refund.stripeRefundId ?? undefined}>
              {refundLabels[refund.status]} · {formatShowDateTime(refund.createdAt, zone)}
            </dt>
            <dd className="text-right tabular-nums">{formatMoney(refund.amountMinor, order.currency)}</dd>
          </Fragment>
        ))}
      </dl>

      {order.showtimes.map((showtime) => (
        <section key={showtime.showtimeId} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
          <ShowtimeHeading showtime={showtime} />
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Tickets for {showtime.movieTitle}</caption>
              <thead className="text-xs uppercase tracking-wide text-zinc-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">Seat</th>
                  <th scope="col" className="py-1 pr-3">Type</th>
                  <th scope="col" className="py-1 pr-3 text-right">Price</th>
                  <th scope="col" className="py-1 pr-3">Status</th>
                  <th scope="col" className="py-1">Code</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {showtime.tickets.map((ticket) => (
                  <tr key={ticket.id}>
                    <td className="py-2 pr-3 font-medium">
                      {seatLabel(ticket.rowLabel, ticket.seatNumber)}
                    </td>
                    <td className="py-2 pr-3">{ticket.ticketTypeName}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(ticket.priceMinor, order.currency)}</td>
                    <td className="py-2 pr-3">
                      <TicketStatusBadge status={ticket.status} />
                      {ticket.usedAt ? <span className="ml-1 text-xs text-zinc-500">{formatShowDateTime(ticket.usedAt, showtime.timeZone)}</span> : null}
                    </td>
                    <td className="py-2 font-mono text-xs text-zinc-500">{ticket.code.slice(0, 8)}…</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <AdminOrderActions
        orderId={order.id}
        canCancel={order.status === "confirmed"}
        canMarkRefunded={order.paymentStatus === "refund_due" || (order.paymentStatus === "paid" && order.paymentMethod !== "card")}
        canMarkPaid={order.status === "confirmed" && order.paymentStatus === "unpaid"}
        amount={formatMoney(order.totalMinor, order.currency)}
      />

      <section aria-labelledby="history-heading" className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600">No changes since the order was placed.</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-2 text-sm">
            {history.map((change) => (
              <li key={change.id} className="flex flex-wrap gap-x-2">
                <span className="text-zinc-500">{formatShowDateTime(change.createdAt, zone)}</span>
                <span className="font-medium">{changeLabels[change.kind] ?? change.kind}</span>
                {change.priceDeltaMinor !== 0 ? <span className="tabular-nums">{formatMoney(change.priceDeltaMinor, order.currency)}</span> : null}
                {change.reason ? <span className="text-zinc-700">“{change.reason}”</span> : null}
                {change.actorEmail ? <span className="text-zinc-500">by {change.actorEmail}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
