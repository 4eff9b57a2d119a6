import type { OrderDetail } from "@/lib/orders/order-details";
import { signTicketCode } from "@/lib/orders/ticket-codes";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";

/** The tickets that may be printed: valid ones, and none while the order waits for its card payment. */
export function printableTickets(order: OrderDetail) {
  if (order.status === "pending_payment") return [];
  return order.showtimes.flatMap((showtime) => showtime.tickets.filter((t) => t.status === "valid").map((ticket) => ({ showtime, ticket })));
}

/** One block per ticket, ready for paper: large QR, film, time in the cinema's zone, venue, seat, type, price and order number. */
export function PrintableTickets({ order }: { order: OrderDetail }) {
  const tickets = printableTickets(order);
  if (tickets.length === 0) return <p className="text-zinc-600">This order has no valid tickets to print.</p>;
  return (
    <ol aria-label="Tickets" className="grid gap-4 lg:grid-cols-2 print:block">
      {tickets.map(({ showtime, ticket }) => {
        const signed = signTicketCode(ticket.code);
        const seat = seatLabel(ticket.rowLabel, ticket.seatNumber);
        return (
          <li
            key={ticket.id}
            aria-label={`Ticket ${seat}`}
            className="flex flex-col items-center gap-3 rounded-xl border-2 border-dashed border-zinc-300 bg-white p-4 text-center break-inside-avoid sm:flex-row sm:items-center sm:text-left print:mb-4 print:rounded-none print:border-zinc-500 print:shadow-none"
          >
            {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG from our own route */}
            <img src={`/api/orders/qr/${signed}`} alt={`QR code for ${seat}`} width={168} height={168} className="size-40 shrink-0" />
            <div className="flex min-w-0 flex-1 flex-col gap-0.5">
              <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">Marquee · Admit one</p>
              <h2 className="text-lg font-bold leading-snug">{showtime.movieTitle}</h2>
              <p className="font-medium">{formatShowDateTime(showtime.startsAt, showtime.timeZone)}</p>
              <p className="text-sm text-zinc-700">
                {showtime.cinemaName}, {showtime.screenName}
              </p>
              <p className="text-sm text-zinc-600">
                {showtime.cinemaAddress}, {showtime.cinemaCity} {showtime.cinemaPostcode}
              </p>
              <p className="mt-1 text-2xl font-bold">{seat}</p>
              <p className="text-sm">
                {ticket.ticketTypeName} · {formatMoney(ticket.priceMinor + ticket.bookingFeeMinor, order.currency)} · Order{" "}
                <span className="font-mono">{order.number}</span>
              </p>
              <p className="mt-1 break-all font-mono text-[10px] text-zinc-500">{signed}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
