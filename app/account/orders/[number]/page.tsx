import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/dal";
import { getChangeOptions, getOrderForUser } from "@/lib/orders/queries";
import { listCardRefunds } from "@/lib/orders/payments/refunds";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { buttonClasses } from "@/components/ui/button";
import { OrderHeading } from "@/components/orders/order-heading";
import { PolicyNote } from "@/components/orders/policy-note";
import { ShowtimeHeading } from "@/components/orders/showtime-heading";
import { TicketCard } from "@/components/orders/ticket-card";
import { CancelOrderButton, TicketChangeControls } from "@/components/orders/ticket-change-controls";
import { seatLabel } from "@/lib/venues/seat-label";
import { AwaitingPayment } from "./awaiting-payment";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

export default async function OrderPage({ params, searchParams }: PageProps<"/account/orders/[number]">) {
  const { number } = await params;
  const { placed, payment } = await searchParams;
  const user = await requireUser(`/account/orders/${number}`);
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await getOrderForUser(user.id, parsed.data) : null;
  if (!order) notFound();
  if (order.status === "pending_payment") {
    return <AwaitingPayment order={order} notice={payment === "cancelled" || payment === "unavailable" ? payment : undefined} />;
  }
  const [options, refunds] = await Promise.all([getChangeOptions(order), order.paymentMethod === "card" ? listCardRefunds(order.id) : []]);
  const priceLabel = (priceMinor: number, current: number) => {
    const delta = priceMinor - current;
    const difference = delta === 0 ? "same price" : delta > 0 ? `${formatMoney(delta, order.currency)} more` : `${formatMoney(-delta, order.currency)} less`;
    return `${formatMoney(priceMinor, order.currency)} (${difference})`;
  };
  const anyChangeable = Object.values(options.byTicket).some((o) => o.decision.allowed);
  const closed = Object.values(options.byTicket)
    .map((o) => o.decision)
    .find((decision) => !decision.allowed);
  const firstZone = order.showtimes[0]?.timeZone ?? "Europe/London";
  return (
    <div className="flex flex-col gap-6">
      {placed && order.status === "confirmed" ? (
        <div role="status" className="rounded-xl border border-green-200 bg-green-50 p-4 text-green-900">
          <p className="font-semibold">Thank you — your order is confirmed.</p>
          <p className="text-sm">We&apos;ve emailed your tickets to {order.customerEmail}. Show the QR codes below at the entrance.</p>
        </div>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <OrderHeading back={{ href: "/account/orders", label: "Your orders" }} order={order}>
            <span>Placed {formatShowDateTime(order.createdAt, firstZone)}</span>
          </OrderHeading>
          {order.status === "cancelled" && order.cancelReason ? <p className="mt-2 max-w-prose text-sm text-zinc-700">{order.cancelReason}</p> : null}
        </div>
        <Link href={`/account/orders/${order.number}/print`} className={buttonClasses("secondary", "print:hidden")}>
          Printable tickets
        </Link>
      </div>

      {order.showtimes.map((showtime) => (
        <section key={showtime.showtimeId} aria-label={`${showtime.movieTitle} tickets`} className="flex flex-col gap-3">
          <div className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:flex-row sm:items-start sm:justify-between">
            <ShowtimeHeading showtime={showtime} />
            <a
              href={`/api/orders/${order.number}/calendar/${showtime.showtimeId}`}
              className={buttonClasses("secondary", "shrink-0")}
              download
            >
              Add to calendar (.ics)
            </a>
          </div>
          <ul className="grid gap-3 md:grid-cols-2">
            {showtime.tickets.map((ticket) => {
              const ticketOptions = options.byTicket[ticket.id];
              return (
                <TicketCard key={ticket.id} ticket={ticket} currency={order.currency} timeZone={showtime.timeZone}>
                  {ticketOptions?.decision.allowed ? (
                    <TicketChangeControls
                      options={{
                        orderNumber: order.number,
                        ticketId: ticket.id,
                        seatLabel: seatLabel(ticket.rowLabel, ticket.seatNumber),
                        currentTicketTypeId: ticket.ticketTypeId,
                        types: ticketOptions.types.map((t) => ({ id: t.id, label: `${t.name} — ${priceLabel(t.priceMinor, ticket.priceMinor)}` })),
                        seats: ticketOptions.seats,
                      }}
                    />
                  ) : null}
                </TicketCard>
              );
            })}
          </ul>
        </section>
      ))}

      <section aria-labelledby="payment-heading" className="grid gap-4 md:grid-cols-2">
        <div className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
          <h2 id="payment-heading" className="text-lg font-semibold">
            Payment
          </h2>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-y-1 text-sm">
            <dt className="text-zinc-600">Tickets</dt>
            <dd className="text-right tabular-nums">{formatMoney(order.subtotalMinor, order.currency)}</dd>
            <dt className="text-zinc-600">Booking fee</dt>
            <dd className="text-right tabular-nums">{order.bookingFeeMinor === 0 ? "None" : formatMoney(order.bookingFeeMinor, order.currency)}</dd>
            <dt className="border-t border-zinc-200 pt-1 font-semibold">Total</dt>
            <dd className="border-t border-zinc-200 pt-1 text-right font-semibold tabular-nums">{formatMoney(order.totalMinor, order.currency)}</dd>
            {order.refundedMinor > 0 ? (
              <>
                <dt className="text-zinc-600">Refund</dt>
                <dd className="text-right tabular-nums">{formatMoney(order.refundedMinor, order.currency)}</dd>
              </>
            ) : null}
          </dl>
          {refunds.length > 0 ? (
            <ul aria-label="Card refunds" className="mt-3 flex flex-col gap-1 border-t border-zinc-200 pt-2 text-sm">
              {refunds.map((refund) => (
                <li key={refund.id} className="flex justify-between gap-3">
                  <span className="text-zinc-600">
                    {refund.status === "succeeded" ? "Refunded to your card" : refund.status === "pending" ? "Refund on its way" : "Refund delayed — we're on it"}{" "}
                    · {formatShowDateTime(refund.createdAt, firstZone)}
                  </span>
                  <span className="tabular-nums">{formatMoney(refund.amountMinor, order.currency)}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {order.paymentStatus === "unpaid" && order.status === "confirmed" && order.payBy ? (
            <p className="mt-2 text-sm text-zinc-700">Pay at the box office before {formatShowDateTime(order.payBy, firstZone)}.</p>
          ) : null}
        </div>
        <div className="flex flex-col gap-3">
          <PolicyNote text={options.policyText} />
          {anyChangeable ? (
            <CancelOrderButton orderNumber={order.number} />
          ) : closed && !closed.allowed && order.status === "confirmed" ? (
            <p className="text-sm text-zinc-600">{closed.reason}</p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
