import "server-only";
import { createElement } from "react";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, movies, orderChanges, orders, seatClaims, showtimes, tickets, users } from "@/db/schema";
import ShowtimeCancelled from "@/emails/showtime-cancelled";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { notifySeatRefresh } from "@/lib/booking/seat-events";
import { releaseTickets } from "@/lib/orders/release-seats";
import { closeCheckoutSessions } from "@/lib/orders/payments/card-checkout";
import { oweCardRefunds, sendRefundsNow } from "@/lib/orders/payments/refunds";
import { log } from "@/lib/log/logger";

export type CancellationResult = { cancelledTickets: number; cancelledOrders: number; emailed: number };

type Notice = {
  email: string;
  name: string;
  orderNumber: string;
  ticketCount: number;
  refundMinor: number;
  currency: string;
  paid: boolean;
};

/**
 * Cancels a showtime for everyone, in one transaction: the showtime is marked cancelled, every valid
 * ticket is cancelled with a full refund (price + booking fee), each recorded in the order's history;
 * a ticket already used at the door is not (the customer saw the film). A paid order records what it
 * refunds (`refunded_minor`, refund due); an order left with no live ticket is cancelled, as is an
 * order still awaiting its card payment; the seat claims go.
 * Customers are emailed after the commit, so a failing mail never undoes the cancellation.
 */
export async function cancelShowtime(actorUserId: string, id: string, reason: string): Promise<CancellationResult> {
  const db = await getDb();
  const { notices, showtime, unpaidCheckouts, ...result } = await db.transaction(async (tx) => {
    const [showtime] = await withShowtimeDetails(tx
      .select({ status: showtimes.status, startsAt: showtimes.startsAt, movieTitle: movies.title, cinemaName: cinemas.name, timeZone: cinemas.timeZone })
      .from(showtimes)
      .$dynamic())
      .where(eq(showtimes.id, id))
      .for("update", { of: showtimes });
    if (!showtime) throw new NotFoundError("That showtime no longer exists.");
    if (showtime.status === "cancelled") throw new ConflictError("This showtime is already cancelled.");
    const at = now();
    await tx.update(showtimes).set({ status: "cancelled", cancelledAt: at, cancelReason: reason }).where(eq(showtimes.id, id));

    const cancelled = await tx
      .update(tickets)
      .set({ status: "cancelled", cancelledAt: at, refundMinor: sql`${tickets.priceMinor} + ${tickets.bookingFeeMinor}` })
      .where(and(eq(tickets.showtimeId, id), eq(tickets.status, "valid")))
      .returning({ id: tickets.id, orderId: tickets.orderId, refundMinor: tickets.refundMinor, priceMinor: tickets.priceMinor, bookingFeeMinor: tickets.bookingFeeMinor });
    const orderIds = [...new Set(cancelled.map((t) => t.orderId))];

    let emptied: { id: string }[] = [];
    let affected: { id: string; number: string; status: string; sessionId: string | null; currency: string; paymentStatus: string; paymentMethod: string; email: string; name: string }[] = [];
    if (orderIds.length > 0) {
      affected = await tx
        .select({
          id: orders.id,
          number: orders.number,
          status: orders.status,
          sessionId: orders.stripeCheckoutSessionId,
          currency: orders.currency,
          paymentStatus: orders.paymentStatus,
          paymentMethod: orders.paymentMethod,
          email: users.email,
          name: users.name,
        })
        .from(orders)
        .innerJoin(users, eq(users.id, orders.userId))
        .where(inArray(orders.id, orderIds))
        .for("update", { of: orders });
      const refundByOrder = new Map<string, number>();
      for (const ticket of cancelled) refundByOrder.set(ticket.orderId, (refundByOrder.get(ticket.orderId) ?? 0) + ticket.refundMinor);
      for (const order of affected) {
        const refund = refundByOrder.get(order.id) ?? 0;
        if (refund === 0 || (order.paymentStatus !== "paid" && order.paymentStatus !== "refund_due")) continue;
        await tx
          .update(orders)
          .set({ paymentStatus: "refund_due", refundedMinor: sql`${orders.refundedMinor} + ${refund}` })
          .where(eq(orders.id, order.id));
      }
      // An order still awaiting its card payment is called off whole, its other showtimes' seats too:
      // nothing was charged, and its Stripe page is closed once this commits.
      for (const order of affected.filter((o) => o.status === "pending_payment")) {
        const rest = await tx.select({ id: tickets.id }).from(tickets).where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")));
        await releaseTickets(tx, rest.map((t) => t.id), at);
      }
      // Orders with no live ticket left, on any showtime, are cancelled as a whole.
      emptied = await tx
        .update(orders)
        .set({
          status: "cancelled",
          cancelledAt: at,
          cancelReason: `Showtime cancelled: ${reason}`,
        })
        .where(
          and(
            inArray(orders.id, orderIds),
            sql`not exists (select 1 from ${tickets} where ${tickets.orderId} = ${orders.id} and ${tickets.status} <> 'cancelled')`,
          ),
        )
        .returning({ id: orders.id });
      const emptiedIds = new Set(emptied.map((o) => o.id));
      const changes = await tx.insert(orderChanges).values(
        cancelled.map((ticket) => ({
          orderId: ticket.orderId,
          ticketId: ticket.id,
          kind: emptiedIds.has(ticket.orderId) ? ("order_cancelled" as const) : ("ticket_cancelled" as const),
          priceDeltaMinor: -(ticket.priceMinor + ticket.bookingFeeMinor),
          details: { showtimeId: id, refundMinor: ticket.refundMinor, byShowtimeCancellation: true },
          reason: `Showtime cancelled: ${reason}`,
          actorUserId,
        })),
      ).returning({ id: orderChanges.id, ticketId: orderChanges.ticketId });
      const refundOfTicket = new Map(cancelled.map((t) => [t.id, t.refundMinor]));
      for (const order of affected) {
        if (order.paymentStatus !== "paid" && order.paymentStatus !== "refund_due") continue;
        const owed = changes
          .filter((change) => cancelled.some((t) => t.id === change.ticketId && t.orderId === order.id))
          .map((change) => ({ orderChangeId: change.id, amountMinor: refundOfTicket.get(change.ticketId ?? "") ?? 0 }));
        await oweCardRefunds(tx, { orderId: order.id, currency: order.currency, paymentMethod: order.paymentMethod }, owed);
      }
    }
    await tx.delete(seatClaims).where(eq(seatClaims.showtimeId, id));
    // Every seat and the showtime itself changed: open seat maps refetch (and find it no longer bookable).
    await notifySeatRefresh(tx, id);
    await recordAudit(tx, {
      actorUserId,
      action: "showtime.cancelled",
      entityType: "showtime",
      entityId: id,
      details: { reason, tickets: cancelled.length, orders: orderIds.length, ordersCancelled: emptied.length },
    });
    const notices: Notice[] = affected.map((order) => {
      const mine = cancelled.filter((t) => t.orderId === order.id);
      return {
        email: order.email,
        name: order.name,
        orderNumber: order.number,
        ticketCount: mine.length,
        refundMinor: mine.reduce((sum, t) => sum + t.refundMinor, 0),
        currency: order.currency,
        paid: order.paymentStatus === "paid" || order.paymentStatus === "refund_due",
      };
    });
    const unpaidCheckouts = affected.filter((o) => o.status === "pending_payment" && o.sessionId).map((o) => o.sessionId ?? "");
    return { notices, showtime, unpaidCheckouts, cancelledTickets: cancelled.length, cancelledOrders: emptied.length };
  });

  await closeCheckoutSessions(unpaidCheckouts);
  await sendRefundsNow(db);
  let emailed = 0;
  for (const notice of notices) {
    try {
      await sendEmail({
        to: notice.email,
        subject: `Cancelled: ${showtime.movieTitle} on ${formatShowDateTime(showtime.startsAt, showtime.timeZone)}`,
        template: "showtime-cancelled",
        react: createElement(ShowtimeCancelled, {
          name: notice.name,
          orderNumber: notice.orderNumber,
          movieTitle: showtime.movieTitle,
          cinemaName: showtime.cinemaName,
          when: formatShowDateTime(showtime.startsAt, showtime.timeZone),
          ticketCount: notice.ticketCount,
          refund: formatMoney(notice.refundMinor, notice.currency),
          paid: notice.paid,
          reason,
        }),
      });
      emailed += 1;
    } catch (error) {
      // sendEmail stores before sending, so this is a storage failure: log it and tell the others.
      log.error(
        { err: error, showtimeId: id, orderNumber: notice.orderNumber },
        "showtime: a cancellation email to an order could not be queued",
      );
    }
  }
  return { ...result, emailed };
}
