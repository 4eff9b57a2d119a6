import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/orders/print-button";
import { buttonClasses } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/auth/dal";
import { findOrderForDesk } from "@/lib/box-office/box-office-actions";
import { formatMoney } from "@/lib/money";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { signTicketCode } from "@/lib/orders/ticket-codes";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";

export const metadata: Metadata = { title: "Tickets" };

/** A sale's tickets, ready to print and hand over: one block per ticket with its QR code, nothing else on paper. */
export default async function CounterTicketsPage({ params, searchParams }: PageProps<"/box-office/orders/[number]">) {
  const [{ number }, query] = await Promise.all([params, searchParams]);
  await requireStaffPage(`/box-office/orders/${number}`);
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await findOrderForDesk(parsed.data) : null;
  if (!order) notFound();
  const tickets = order.showtimes.flatMap((showtime) => showtime.tickets.filter((t) => t.status === "valid").map((ticket) => ({ showtime, ticket })));
  const paid = order.paymentStatus === "paid";
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between print:hidden">
        <div>
          {query.sold === "1" ? (
            <p role="status" className="mb-2 rounded-md bg-green-50 px-3 py-2 font-semibold text-green-900">
              Sale complete: {formatMoney(order.totalMinor, order.currency)} paid.
            </p>
          ) : null}
          <h1 className="text-2xl font-bold tracking-tight">Tickets for order {order.number}</h1>
          <p className="text-sm text-zinc-600">
            {tickets.length} valid ticket{tickets.length === 1 ? "" : "s"} · {paid ? "Paid" : order.paymentStatus === "unpaid" ? "Not paid yet" : order.paymentStatus.replace("_", " ")}
          </p>
        </div>
        <div className="grid grid-cols-2 gap-2 sm:flex">
          <Link href="/box-office" className={buttonClasses("secondary", "min-h-11")}>
            New sale
          </Link>
          <PrintButton />
        </div>
      </div>
      {tickets.length === 0 ? <p className="text-zinc-600">This order has no valid tickets to print.</p> : null}
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
                <p className="mt-1 text-2xl font-bold">{seat}</p>
                <p className="text-sm">
                  {ticket.ticketTypeName} · {formatMoney(ticket.priceMinor + ticket.bookingFeeMinor, order.currency)} · <span className="font-mono">{order.number}</span>
                </p>
                <p className="mt-1 break-all font-mono text-[10px] text-zinc-500">
                  {signed}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
