import type { OrderDetail } from "@/lib/orders/order-details";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime, formatShowTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";
import { OrderHeading } from "@/components/orders/order-heading";
import { PendingPaymentPanel } from "@/components/orders/pending-payment-panel";

/** An order waiting for its card payment: no tickets to show yet, only what is kept and how to finish. */
export function AwaitingPayment({ order, notice }: { order: OrderDetail; notice?: "cancelled" | "unavailable" }) {
  const zone = order.showtimes[0]?.timeZone ?? "Europe/London";
  return (
    <div className="flex flex-col gap-6">
      <OrderHeading back={{ href: "/account/orders", label: "Your orders" }} order={order}>
        <span>Placed {formatShowDateTime(order.createdAt, zone)}</span>
      </OrderHeading>
      <PendingPaymentPanel
        orderNumber={order.number}
        totalLabel={formatMoney(order.totalMinor, order.currency)}
        holdUntilLabel={order.paymentExpiresAt ? formatShowTime(order.paymentExpiresAt, zone) : null}
        notice={notice}
      />
      {order.showtimes.map((showtime) => (
        <section key={showtime.showtimeId} aria-label={`${showtime.movieTitle} seats`} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
          <h2 className="font-semibold">{showtime.movieTitle}</h2>
          <p className="text-sm text-zinc-600">
            {formatShowDateTime(showtime.startsAt, showtime.timeZone)} · {showtime.cinemaName}, {showtime.screenName}
          </p>
          <p className="mt-2 text-sm">
            Seats kept for you:{" "}
            {showtime.tickets
              .filter((ticket) => ticket.status === "valid")
              .map((ticket) => seatLabel(ticket.rowLabel, ticket.seatNumber))
              .join(", ")}
          </p>
        </section>
      ))}
    </div>
  );
}
