import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { orders, seats, showtimes, ticketTypes, tickets } from "@/db/schema";
import { InvalidError, NotFoundError } from "@/lib/errors";

/**
 * Loads an order and some of its tickets for a change, locking the order row so two changes of one
 * order (two tabs, a customer and an admin) run one after the other. With `userId` the order must be
 * that customer's: anyone else's order reads as not found. An order awaiting its card payment is refused.
 */
export async function lockOrder(tx: Tx, where: { orderId?: string; number?: string; userId?: string }) {
  const conditions = [
    where.orderId ? eq(orders.id, where.orderId) : undefined,
    where.number ? eq(orders.number, where.number) : undefined,
    where.userId ? eq(orders.userId, where.userId) : undefined,
  ].filter(Boolean);
  if (!where.orderId && !where.number) throw new NotFoundError("Order not found.");
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      userId: orders.userId,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      paymentMethod: orders.paymentMethod,
      currency: orders.currency,
      totalMinor: orders.totalMinor,
      refundedMinor: orders.refundedMinor,
    })
    .from(orders)
    .where(and(...conditions))
    .for("update");
  if (!order) throw new NotFoundError("Order not found.");
  // Only Stripe's answer moves a card order on (payments/card-events.ts): nothing else may change it meanwhile.
  if (order.status === "pending_payment") {
    throw new InvalidError("This order is waiting for its card payment. It can be changed once paid, and is cancelled by itself if the payment does not complete.");
  }
  return order;
}

export type LockedOrder = Awaited<ReturnType<typeof lockOrder>>;

export async function orderTickets(tx: Tx, orderId: string, ticketIds?: string[]) {
  return tx
    .select({
      id: tickets.id,
      status: tickets.status,
      showtimeId: tickets.showtimeId,
      seatId: tickets.seatId,
      ticketTypeId: tickets.ticketTypeId,
      priceMinor: tickets.priceMinor,
      bookingFeeMinor: tickets.bookingFeeMinor,
      rowLabel: seats.rowLabel,
      seatNumber: seats.number,
      seatKind: seats.kind,
      isCarer: ticketTypes.isCarer,
      screenId: seats.screenId,
      startsAt: showtimes.startsAt,
      showtimeStatus: showtimes.status,
      noDiscounts: showtimes.noDiscounts,
    })
    .from(tickets)
    .innerJoin(seats, eq(seats.id, tickets.seatId))
    .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
    .innerJoin(ticketTypes, eq(ticketTypes.id, tickets.ticketTypeId))
    .where(and(eq(tickets.orderId, orderId), ticketIds ? inArray(tickets.id, ticketIds) : undefined));
}

export type LockedTicket = Awaited<ReturnType<typeof orderTickets>>[number];

export async function oneTicket(tx: Tx, orderId: string, ticketId: string) {
  const [ticket] = await orderTickets(tx, orderId, [ticketId]);
  if (!ticket) throw new NotFoundError("Ticket not found.");
  return ticket;
}
