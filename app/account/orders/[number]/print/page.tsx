import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/dal";
import { getOrderForUser } from "@/lib/orders/queries";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { signTicketCode } from "@/lib/orders/ticket-codes";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { PrintButton } from "@/components/orders/print-button";
import "./print.css";
import { seatLabel } from "@/lib/venues/seat-label";

export const metadata: Metadata = { title: "Printable tickets", robots: { index: false } };

/** One ticket per printed block: large QR, film, time in the cinema's zone, seat, type and order number. */
export default async function PrintTicketsPage({ params }: PageProps<"/account/orders/[number]/print">) {
  const { number } = await params;
  const user = await requireUser(`/account/orders/${number}/print`);
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await getOrderForUser(user.id, parsed.data) : null;
  if (!order) notFound();
  // No ticket is printable before its card payment has gone through.
  if (order.status === "pending_payment") redirect(`/account/orders/${order.number}`);
  const tickets = order.showtimes.flatMap((showtime) => showtime.tickets.filter((t) => t.status === "valid").map((ticket) => ({ showtime, ticket })));
  return (
    <div data-print-tickets className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Printable tickets</h1>
          <p className="text-sm text-zinc-600">
            Order <span className="font-mono">{order.number}</span> · {tickets.length} valid ticket{tickets.length === 1 ? "" : "s"}
          </p>
        </div>
        <div className="flex gap-2">
          <Link href={`/account/orders/${order.number}`} className="rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
            Back to order
          </Link>
          <PrintButton />
        </div>
      </div>
      {tickets.length === 0 ? <p className="text-zinc-600">This order has no valid tickets to print.</p> : null}
      <ol className="flex flex-col gap-4 print:gap-0">
        {tickets.map(({ showtime, ticket }) => {
          const signed = signTicketCode(ticket.code);
          const seat = seatLabel(ticket.rowLabel, ticket.seatNumber);
          return (
            <li
              key={ticket.id}
              className="flex flex-col gap-4 rounded-xl border-2 border-dashed border-zinc-300 bg-white p-5 break-inside-avoid sm:flex-row sm:items-center print:mb-6 print:rounded-none print:border-zinc-400"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG from our own route */}
              <img src={`/api/orders/qr/${signed}`} alt={`QR code for ${seat}`} width={180} height={180} className="size-44 self-center" />
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">Marquee · Admit one</p>
                <h2 className="text-xl font-bold">{showtime.movieTitle}</h2>
                <p className="font-medium">{formatShowDateTime(showtime.startsAt, showtime.timeZone)}</p>
                <p className="text-sm text-zinc-700">
                  {showtime.cinemaName}, {showtime.screenName}
                </p>
                <p className="text-sm text-zinc-600">
                  {showtime.cinemaAddress}, {showtime.cinemaCity} {showtime.cinemaPostcode}
                </p>
                <p className="mt-2 text-2xl font-bold">{seat}</p>
                <p className="text-sm">
                  {ticket.ticketTypeName} · {formatMoney(ticket.priceMinor, order.currency)} · Order <span className="font-mono">{order.number}</span>
                </p>
                <p className="mt-1 break-all font-mono text-[10px] text-zinc-500">{signed}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
