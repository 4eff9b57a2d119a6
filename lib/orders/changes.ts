import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { orderChanges, orders, seatClaims, seats, ticketTypes, tickets } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { canChangeTicket, refundForTicket, type BookingPolicy } from "./policy";
import { loadBookingPolicy, priceRequests } from "./pricing-inputs";
import { generalSeatsAllTaken } from "@/lib/booking/hold-checks";
import { checkComposition, isHeldBackKind, withHint } from "@/lib/booking/rules";
import { isExpiredHold, liveClaimOnSeat } from "@/lib/booking/seat-claims";
import { seatLabel } from "@/lib/venues/seat-label";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { lockOrder, oneTicket, orderTickets, type LockedOrder, type LockedTicket } from "./ticket-lock";
import { notifySeatChanges, notifySeatRows } from "@/lib/booking/seat-events";
import { oweCardRefunds } from "./payments/refunds";

/**
 * What a customer can do to an order after placing it: change a ticket's type, move it to another
 * free seat of its showtime, cancel tickets or the whole order. Every rule about *when* comes from
 * policy.ts; every price from priceTicket through pricing-inputs.ts. Each change is one transaction
 * with the order row locked, and leaves an order_changes row with its price difference.
 */
export type ChangeActor = { userId: string; orderNumber: string };

/** Held-back seats are sold only through the seat map's declaration: a move can't reach them. */
export function canMoveInto(seatKind: SeatKind, currentKind: SeatKind) {
  return !isHeldBackKind(seatKind) || seatKind === currentKind;
}

/** The policy's cut-off has passed. Forms show it like any refusal; the JSON API answers 409 `past_cutoff`. */
export class PastCutoffError extends InvalidError {
  override readonly code = "past_cutoff";
}

function assertChangeable(ticket: LockedTicket, policy: BookingPolicy, at: Date) {
  if (ticket.status !== "valid") {
    throw new InvalidError(ticket.status === "used" ? "This ticket has already been used." : "This ticket is cancelled.");
  }
  if (ticket.showtimeStatus !== "scheduled") throw new InvalidError("This showtime was cancelled.");
  const decision = canChangeTicket(ticket.startsAt, policy, at);
  if (!decision.allowed) throw new PastCutoffError(decision.reason);
}

/**
 * Whether the wheelchair spaces of a showtime are on general sale right now (every other seat taken),
 * asked before a change: companion seats bought then stand on their own.
 */
async function heldBackReleased(tx: Tx, tickets: LockedTicket[], at: Date) {
  if (!tickets.some((t) => isHeldBackKind(t.seatKind))) return false;
  return generalSeatsAllTaken(tx, tickets[0].screenId, tickets[0].showtimeId, at);
}

/**
 * What stays of an order at one showtime after a cancel or a move must still be a valid seat mix: no
 * companion seat without its wheelchair space, no free carer ticket on its own. Throwing rolls the
 * change back.
 */
async function assertSeatMixKept(tx: Tx, orderId: string, showtimeId: string, released: boolean, hint: string) {
  const left = (await orderTickets(tx, orderId)).filter((t) => t.showtimeId === showtimeId && t.status !== "cancelled");
  if (left.length === 0) return;
  withHint(hint, () =>
    checkComposition(
      left.map((t) => ({ kind: t.seatKind, isCarer: t.isCarer, label: seatLabel(t.rowLabel, t.seatNumber) })),
      { released },
    ),
  );
}

async function adjustTotals(tx: Tx, order: LockedOrder, deltaMinor: number) {
  if (deltaMinor === 0) return;
  await tx
    .update(orders)
    .set({
      subtotalMinor: sql`${orders.subtotalMinor} + ${deltaMinor}`,
      totalMinor: sql`${orders.totalMinor} + ${deltaMinor}`,
    })
    .where(eq(orders.id, order.id));
}

export type ChangeResult = { orderId: string; priceDeltaMinor: number; currency: string };

export async function changeTicketType(
  db: Db,
  actor: ChangeActor,
  input: { ticketId: string; ticketTypeId: string },
): Promise<ChangeResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { number: actor.orderNumber, userId: actor.userId });
    const ticket = await oneTicket(tx, order.id, input.ticketId);
    const policy = await loadBookingPolicy(tx);
    assertChangeable(ticket, policy, now());
    if (ticket.ticketTypeId === input.ticketTypeId) throw new InvalidError("The ticket already has this type.", { ticketTypeId: ["Choose a different ticket type."] });
    const [type] = await tx
      .select({ id: ticketTypes.id, name: ticketTypes.name, active: ticketTypes.active, isDiscount: ticketTypes.isDiscount, isCarer: ticketTypes.isCarer })
      .from(ticketTypes)
      .where(eq(ticketTypes.id, input.ticketTypeId));
    if (!type || !type.active || type.isCarer) {
      throw new InvalidError("That ticket type can't be chosen here.", { ticketTypeId: ["Choose one of the listed ticket types."] });
    }
    if (type.isDiscount && ticket.noDiscounts) {
      throw new InvalidError("This showtime has no discounted tickets.", { ticketTypeId: ["Only full-price tickets are sold for this showtime."] });
    }
    const [price] = await priceRequests(tx, [{ showtimeId: ticket.showtimeId, seatId: ticket.seatId, ticketTypeId: type.id }], policy);
    const priceDeltaMinor = price.priceMinor - ticket.priceMinor;
    await tx.update(tickets).set({ ticketTypeId: type.id, priceMinor: price.priceMinor }).where(eq(tickets.id, ticket.id));
    await tx.update(seatClaims).set({ ticketTypeId: type.id }).where(eq(seatClaims.ticketId, ticket.id));
    await adjustTotals(tx, order, priceDeltaMinor);
    await tx.insert(orderChanges).values({
      orderId: order.id,
      ticketId: ticket.id,
      kind: "ticket_type_changed",
      priceDeltaMinor,
      details: { fromTicketTypeId: ticket.ticketTypeId, toTicketTypeId: type.id, toTicketTypeName: type.name },
      actorUserId: actor.userId,
    });
    return { orderId: order.id, priceDeltaMinor, currency: order.currency };
  });
}

export async function moveTicket(
  db: Db,
  actor: ChangeActor,
  input: { ticketId: string; seatId: string },
): Promise<ChangeResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { number: actor.orderNumber, userId: actor.userId });
    const ticket = await oneTicket(tx, order.id, input.ticketId);
    const policy = await loadBookingPolicy(tx);
    const at = now();
    assertChangeable(ticket, policy, at);
    if (ticket.seatId === input.seatId) throw new InvalidError("The ticket is already for this seat.", { seatId: ["Choose another seat."] });
    const [seat] = await tx
      .select({ id: seats.id, rowLabel: seats.rowLabel, number: seats.number, kind: seats.kind })
      .from(seats)
      .where(and(eq(seats.id, input.seatId), eq(seats.screenId, ticket.screenId)));
    if (!seat) throw new NotFoundError("That seat is not in this showtime's screen.");
    if (!canMoveInto(seat.kind, ticket.seatKind)) {
      throw new InvalidError("Wheelchair spaces and companion seats are booked from the seat map.", { seatId: ["Choose a standard or premium seat."] });
    }
    const showtimeTickets = (await orderTickets(tx, order.id)).filter((t) => t.showtimeId === ticket.showtimeId && t.status !== "cancelled");
    const released = await heldBackReleased(tx, showtimeTickets, at);
    // The old claim goes first (it holds this ticket's id, which is unique among claims); if the new
    // seat can't be taken the transaction rolls back and the ticket keeps its seat.
    await tx.delete(seatClaims).where(eq(seatClaims.ticketId, ticket.id));
    const [taken] = await tx
      .insert(seatClaims)
      .values({ showtimeId: ticket.showtimeId, seatId: seat.id, ticketId: ticket.id, ticketTypeId: ticket.ticketTypeId })
      .onConflictDoUpdate({
        target: [seatClaims.showtimeId, seatClaims.seatId],
        set: { cartId: null, heldUntil: null, ticketId: ticket.id, ticketTypeId: ticket.ticketTypeId, wheelchairDeclared: false },
        setWhere: isExpiredHold(at),
      })
      .returning({ seatId: seatClaims.seatId });
    if (!taken) {
      throw new ConflictError(`${seatLabel(seat.rowLabel, seat.number)} was just taken. Choose another seat.`, { seatId: ["That seat is no longer free."] });
    }
    const [price] = await priceRequests(tx, [{ showtimeId: ticket.showtimeId, seatId: seat.id, ticketTypeId: ticket.ticketTypeId }], policy);
    const priceDeltaMinor = price.priceMinor - ticket.priceMinor;
    await tx.update(tickets).set({ seatId: seat.id, priceMinor: price.priceMinor }).where(eq(tickets.id, ticket.id));
    await notifySeatChanges(tx, ticket.showtimeId, [
      { seatId: ticket.seatId, status: "available" },
      { seatId: seat.id, status: "sold" },
    ]);
    await assertSeatMixKept(tx, order.id, ticket.showtimeId, released, "Move the companion seats with it, or cancel them first.");
    await adjustTotals(tx, order, priceDeltaMinor);
    await tx.insert(orderChanges).values({
      orderId: order.id,
      ticketId: ticket.id,
      kind: "seat_moved",
      priceDeltaMinor,
      details: {
        fromSeatId: ticket.seatId,
        fromSeat: seatLabel(ticket.rowLabel, ticket.seatNumber),
        toSeatId: seat.id,
        toSeat: seatLabel(seat.rowLabel, seat.number),
      },
      actorUserId: actor.userId,
    });
    return { orderId: order.id, priceDeltaMinor, currency: order.currency };
  });
}

export type CancelResult = { orderId: string; ticketIds: string[]; refundMinor: number; wholeOrder: boolean; currency: string };

/**
 * Cancels tickets (all live ones when `ticketIds` is absent). A customer's cancel follows the policy's
 * cut-off and refund rule; Marquee's own (`byAdmin`) ignores the cut-off and refunds everything paid.
 */
export async function cancelTickets(
  tx: Tx,
  order: LockedOrder,
  options: { ticketIds?: string[]; actorUserId: string; byAdmin?: { reason: string } },
): Promise<CancelResult> {
  const policy = await loadBookingPolicy(tx);
  const at = now();
  const all = await orderTickets(tx, order.id);
  const live = all.filter((t) => t.status === "valid");
  const chosen = options.ticketIds ? all.filter((t) => options.ticketIds?.includes(t.id)) : live;
  if (options.ticketIds && chosen.length !== new Set(options.ticketIds).size) throw new NotFoundError("Ticket not found.");
  if (chosen.length === 0) throw new InvalidError("There are no tickets left to cancel in this order.");
  if (!options.byAdmin) for (const ticket of chosen) assertChangeable(ticket, policy, at);
  else if (chosen.some((t) => t.status !== "valid")) throw new InvalidError("Only valid tickets can be cancelled.");

  const showtimeIds = [...new Set(chosen.map((t) => t.showtimeId))];
  const releasedBefore = new Map<string, boolean>();
  for (const showtimeId of showtimeIds) {
    releasedBefore.set(showtimeId, await heldBackReleased(tx, all.filter((t) => t.showtimeId === showtimeId && t.status !== "cancelled"), at));
  }

  let refundTotal = 0;
  const refundByTicket = new Map<string, number>();
  for (const ticket of chosen) {
    const refundMinor = options.byAdmin ? ticket.priceMinor + ticket.bookingFeeMinor : refundForTicket(ticket, policy).refundMinor;
    refundTotal += refundMinor;
    refundByTicket.set(ticket.id, refundMinor);
    const [cancelled] = await tx
      .update(tickets)
      .set({ status: "cancelled", cancelledAt: at, refundMinor })
      .where(and(eq(tickets.id, ticket.id), eq(tickets.status, "valid")))
      .returning({ id: tickets.id });
    if (!cancelled) throw new ConflictError("A ticket changed while you were cancelling it. Reload the order and try again.");
    // The seat is free for others the moment this commits.
    const freed = await tx.delete(seatClaims).where(eq(seatClaims.ticketId, ticket.id)).returning({ showtimeId: seatClaims.showtimeId, seatId: seatClaims.seatId });
    await notifySeatRows(tx, freed, "available");
  }

  for (const showtimeId of showtimeIds) {
    await assertSeatMixKept(
      tx,
      order.id,
      showtimeId,
      releasedBefore.get(showtimeId) ?? false,
      "Cancel the companion seats or the carer ticket with it, or cancel the whole order.",
    );
  }

  const wholeOrder = chosen.length === live.length;
  const wasPaid = order.paymentStatus === "paid" || order.paymentStatus === "refund_due";
  const orderUpdate = {
    ...(wholeOrder ? { status: "cancelled" as const, cancelledAt: at, cancelReason: options.byAdmin?.reason ?? null } : {}),
    ...(wasPaid && refundTotal > 0
      ? { paymentStatus: "refund_due" as const, refundedMinor: sql`${orders.refundedMinor} + ${refundTotal}` }
      : {}),
  };
  if (Object.keys(orderUpdate).length > 0) await tx.update(orders).set(orderUpdate).where(eq(orders.id, order.id));
  const changes = await tx.insert(orderChanges).values(
    wholeOrder && !options.ticketIds
      ? [{ orderId: order.id, kind: "order_cancelled" as const, priceDeltaMinor: -refundTotal, reason: options.byAdmin?.reason, details: { ticketIds: chosen.map((t) => t.id), refundMinor: refundTotal }, actorUserId: options.actorUserId }]
      : chosen.map((t) => ({ orderId: order.id, ticketId: t.id, kind: "ticket_cancelled" as const, priceDeltaMinor: -(t.priceMinor + t.bookingFeeMinor), reason: options.byAdmin?.reason, details: { seat: seatLabel(t.rowLabel, t.seatNumber) }, actorUserId: options.actorUserId })),
  ).returning({ id: orderChanges.id, ticketId: orderChanges.ticketId });
  if (wasPaid) {
    await oweCardRefunds(
      tx,
      { orderId: order.id, currency: order.currency, paymentMethod: order.paymentMethod },
      changes.map((change) => ({ orderChangeId: change.id, amountMinor: change.ticketId ? (refundByTicket.get(change.ticketId) ?? 0) : refundTotal })),
    );
  }
  return { orderId: order.id, ticketIds: chosen.map((t) => t.id), refundMinor: refundTotal, wholeOrder, currency: order.currency };
}

/** A customer cancels some tickets (or, without ids, the whole order) before the cut-off. */
export async function cancelOwnTickets(db: Db, actor: ChangeActor, input: { ticketIds?: string[] }) {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { number: actor.orderNumber, userId: actor.userId });
    if (order.status === "cancelled") throw new InvalidError("This order is already cancelled.");
    return cancelTickets(tx, order, { ticketIds: input.ticketIds, actorUserId: actor.userId });
  });
}

/** Seats of a showtime nobody holds or bought; filter with canMoveInto for one ticket. */
export async function freeSeats(db: Db | Tx, showtimeId: string, screenId: string) {
  const at = now();
  return db
    .select({ id: seats.id, rowLabel: seats.rowLabel, number: seats.number, kind: seats.kind })
    .from(seats)
    .leftJoin(seatClaims, liveClaimOnSeat(showtimeId, at))
    .where(and(eq(seats.screenId, screenId), sql`${seatClaims.seatId} is null`))
    .orderBy(seats.y, seats.x);
}
