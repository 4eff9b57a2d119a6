import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/dal";
import { listOrdersForUser, type OrderListItem } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { buttonClasses } from "@/components/ui/button";
import { OrderStatusBadge, PaymentStatusBadge } from "@/components/orders/order-status-badge";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

export default async function OrdersPage() {
  const user = await requireUser("/account/orders");
  const { upcoming, past } = await listOrdersForUser(user.id);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold tracking-tight">Your orders</h1>
      {upcoming.length === 0 && past.length === 0 ? (
        <section className="rounded-xl border border-zinc-200 bg-white p-6 text-center shadow-sm">
          <h2 className="text-lg font-semibold">No orders yet</h2>
          <p className="mt-2 text-zinc-600">When you book tickets they appear here, with your QR codes.</p>
          <Link href="/movies" className={buttonClasses("primary", "mt-5")}>
            Find a movie
          </Link>
        </section>
      ) : (
        <>
          <OrderList title="Upcoming" orders={upcoming} empty="No upcoming showtimes." />
          <OrderList title="Past" orders={past} empty="No past orders." />
        </>
      )}
    </div>
  );
}

function OrderList({ title, orders, empty }: { title: string; orders: OrderListItem[]; empty: string }) {
  const headingId = `orders-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {orders.length === 0 ? (
        <p className="text-sm text-zinc-600">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {orders.map((order) => (
            <li key={order.id}>
              <Link
                href={`/account/orders/${order.number}`}
                className="flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="truncate font-semibold">{order.movieTitles.join(", ")}</p>
                  <p className="text-sm text-zinc-700">
                    {order.firstStartsAt && order.timeZone ? formatShowDateTime(order.firstStartsAt, order.timeZone) : ""}
                  </p>
                  <p className="text-sm text-zinc-600">
                    {order.cinemaName} · Order <span className="font-mono">{order.number}</span> ·{" "}
                    {order.liveTicketCount} ticket{order.liveTicketCount === 1 ? "" : "s"}
                    {order.ticketCount > order.liveTicketCount ? ` (${order.ticketCount - order.liveTicketCount} cancelled)` : ""}
                  </p>
                </div>
                <div className="flex items-center gap-2 sm:flex-col sm:items-end">
                  <span className="font-semibold tabular-nums">{formatMoney(order.totalMinor, order.currency)}</span>
                  <span className="flex gap-1">
                    <OrderStatusBadge status={order.status} />
                    <PaymentStatusBadge status={order.paymentStatus} orderStatus={order.status} />
                  </span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
