import type { Metadata } from "next";
import Link from "next/link";
import { MarkPaidForm } from "@/components/box-office/mark-paid-form";
import { buttonClasses } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/auth/dal";
import { findOrderForDesk } from "@/lib/box-office/box-office-actions";
import { formatMoney } from "@/lib/money";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";

export const metadata: Metadata = { title: "Mark paid" };

/** A pay-at-cinema reservation paid at the desk: find it by number, check the amount, mark it paid. */
export default async function MarkPaidPage({ searchParams }: PageProps<"/box-office/pay">) {
  await requireStaffPage("/box-office/pay");
  const { order: raw } = await searchParams;
  const typed = typeof raw === "string" ? raw.slice(0, 100) : "";
  const parsed = typed ? orderNumberSchema.safeParse(typed) : null;
  const order = parsed?.success ? await findOrderForDesk(parsed.data) : null;
  const error = !typed ? undefined : !parsed?.success ? "That is not an order number: it looks like MQ-7K3F9Q." : !order ? "No order has this number. Check it and try again." : undefined;
  const tickets = order ? order.showtimes.flatMap((showtime) => showtime.tickets.filter((t) => t.status !== "cancelled").map((ticket) => ({ showtime, ticket }))) : [];
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Mark a reservation paid</h1>
        <p className="mt-1 text-sm text-zinc-600">For orders booked online to pay at the cinema. Take the money, then mark the order paid.</p>
      </div>
      <form action="/box-office/pay" className="flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
        <label htmlFor="order-number" className="text-sm font-medium text-zinc-800">
          Order number
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="order-number"
            name="order"
            defaultValue={typed}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="MQ-…"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "order-number-error" : undefined}
            className="min-h-12 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-base uppercase shadow-sm aria-invalid:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          />
          <button type="submit" className={buttonClasses("secondary", "min-h-12")}>
            Find order
          </button>
        </div>
        {error ? (
          <p id="order-number-error" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </form>

      {order ? (
        <section aria-label={`Order ${order.number}`} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
          <div className="flex items-baseline justify-between gap-2">
            <h2 className="font-mono text-lg font-bold">{order.number}</h2>
            <p className="text-2xl font-bold tabular-nums">{formatMoney(order.totalMinor, order.currency)}</p>
          </div>
          <p className="text-sm text-zinc-700">
            {order.customerName} · {order.customerEmail}
          </p>
          <ul className="flex flex-col gap-1 text-sm">
            {tickets.map(({ showtime, ticket }) => (
              <li key={ticket.id}>
                <span className="font-semibold">{seatLabel(ticket.rowLabel, ticket.seatNumber)}</span> · {ticket.ticketTypeName} · {showtime.movieTitle},{" "}
                {formatShowDateTime(showtime.startsAt, showtime.timeZone)}
              </li>
            ))}
          </ul>
          {order.status === "cancelled" ? (
            <p className="rounded-md bg-zinc-100 px-3 py-2 font-semibold">This order is cancelled: there is nothing to pay.</p>
          ) : order.paymentStatus === "unpaid" || order.paymentStatus === "paid" ? (
            <MarkPaidForm orderNumber={order.number} amount={formatMoney(order.totalMinor, order.currency)} alreadyPaid={order.paymentStatus === "paid"} />
          ) : (
            <p className="rounded-md bg-green-50 px-3 py-2 font-semibold text-green-900">
              Payment status: {order.paymentStatus.replace("_", " ")}.
            </p>
          )}
          <Link href={`/box-office/orders/${order.number}`} className="text-sm font-medium text-brand-700 hover:underline">
            Print this order&apos;s tickets
          </Link>
        </section>
      ) : null}
    </div>
  );
}
