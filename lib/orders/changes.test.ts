import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, orderChanges, orders, seatClaims, seats, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { adminCancelOrder, markOrderRefunded } from "./admin";
import { cancelOwnTickets, changeTicketType, freeSeats, moveTicket, PastCutoffError } from "./changes";
import { checkoutCart } from "./checkout";
import { loadOrderForUser } from "./order-details";

let db: Db;
let adult: { id: string };
let child: { id: string };
beforeAll(async () => {
  db = await testDb();
  adult = await ticketTypeByCode(db, "adult");
  child = await ticketTypeByCode(db, "child");
});
afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

/** A customer with a placed order of `seatCount` adult tickets for a showtime `startsInHours` ahead. */
async function placedOrder({ seatCount = 2, startsInHours = 72, layout = "ssss\nsspp" } = {}) {
  const fixture = await createShowtimeFixture(db, { layout, startsAt: new Date(Date.now() + startsInHours * 3600_000) });
  const user = await createUserFixture(db);
  const seatIds = fixture.seats.slice(0, seatCount).map((s) => s.id);
  await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds, ticketTypeId: adult.id });
  const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
  const order = await loadOrderForUser(db, user.id, placed.number);
  if (!order) throw new Error("order not found");
  const ticketIds = order.showtimes[0].tickets.map((t) => t.id);
  return { fixture, user, order, ticketIds, actor: { userId: user.id, orderNumber: placed.number } };
}

async function claimOf(showtimeId: string, seatId: string) {
  const [claim] = await db.select().from(seatClaims).where(and(eq(seatClaims.showtimeId, showtimeId), eq(seatClaims.seatId, seatId)));
  return claim;
}

describe("order changes", () => {
  it("changes a ticket's type and records the price difference", async () => {
    const { order, ticketIds, actor } = await placedOrder({ seatCount: 1 });
    const result = await changeTicketType(db, actor, { ticketId: ticketIds[0], ticketTypeId: child.id });
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, ticketIds[0]));
    expect(ticket.ticketTypeId).toBe(child.id);
    expect(result.priceDeltaMinor).toBe(ticket.priceMinor - order.subtotalMinor);
    expect(result.priceDeltaMinor).toBeLessThan(0);
    const [change] = await db.select().from(orderChanges).where(eq(orderChanges.ticketId, ticketIds[0]));
    expect(change).toMatchObject({ kind: "ticket_type_changed", priceDeltaMinor: result.priceDeltaMinor });
    const [updated] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(updated.subtotalMinor).toBe(ticket.priceMinor);
  });

  it("moves a ticket to a free seat (premium costs more) and frees the old seat at once", async () => {
    const { fixture, ticketIds, actor } = await placedOrder({ seatCount: 1 });
    const premium = fixture.seats.find((s) => s.kind === "premium");
    if (!premium) throw new Error("no premium seat");
    const result = await moveTicket(db, actor, { ticketId: ticketIds[0], seatId: premium.id });
    expect(result.priceDeltaMinor).toBeGreaterThan(0);
    expect(await claimOf(fixture.showtime.id, fixture.seats[0].id)).toBeUndefined();
    expect((await claimOf(fixture.showtime.id, premium.id)).ticketId).toBe(ticketIds[0]);
    const [change] = await db.select().from(orderChanges).where(eq(orderChanges.ticketId, ticketIds[0]));
    expect(change.kind).toBe("seat_moved");
  });

  it("refuses a move to a seat someone else holds, and the ticket keeps its seat", async () => {
    const { fixture, ticketIds, actor } = await placedOrder({ seatCount: 1 });
    const rival = await createUserFixture(db);
    const wanted = fixture.seats[3];
    await holdSeats(db, { userId: rival.id, showtimeId: fixture.showtime.id, seatIds: [wanted.id], ticketTypeId: adult.id });
    expect((await freeSeats(db, fixture.showtime.id, fixture.screen.id)).map((s) => s.id)).not.toContain(wanted.id);
    await expect(moveTicket(db, actor, { ticketId: ticketIds[0], seatId: wanted.id })).rejects.toThrow(/was just taken/);
    expect((await claimOf(fixture.showtime.id, fixture.seats[0].id)).ticketId).toBe(ticketIds[0]);
    expect((await claimOf(fixture.showtime.id, wanted.id)).cartId).not.toBeNull();
  });

  it("cancels one ticket, then the rest: seats are free, the order is cancelled", async () => {
    const { fixture, order, ticketIds, actor } = await placedOrder({ seatCount: 2 });
    const first = await cancelOwnTickets(db, actor, { ticketIds: [ticketIds[0]] });
    expect(first.wholeOrder).toBe(false);
    expect(await claimOf(fixture.showtime.id, fixture.seats[0].id)).toBeUndefined();
    const [cancelled] = await db.select().from(tickets).where(eq(tickets.id, ticketIds[0]));
    expect(cancelled).toMatchObject({ status: "cancelled", refundMinor: cancelled.priceMinor });
    expect(cancelled.cancelledAt).not.toBeNull();

    const rest = await cancelOwnTickets(db, actor, {});
    expect(rest).toMatchObject({ wholeOrder: true, ticketIds: [ticketIds[1]] });
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after.status).toBe("cancelled");
    expect(after.paymentStatus).toBe("unpaid");
    expect(await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, fixture.showtime.id))).toHaveLength(0);
  });

  it("refuses changes and cancellations from the cut-off on, with the policy's reason", async () => {
    const { ticketIds, actor, fixture } = await placedOrder({ seatCount: 1, startsInHours: 3 });
    // Three hours ahead: changes are open. Move the clock 1.5 hours on: inside the 2-hour cut-off.
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(90 * 60_000);
    const reason = /Changes and cancellations close 2 hours before the showtime starts/;
    await expect(cancelOwnTickets(db, actor, {})).rejects.toThrow(reason);
    await expect(cancelOwnTickets(db, actor, {})).rejects.toBeInstanceOf(PastCutoffError);
    await expect(changeTicketType(db, actor, { ticketId: ticketIds[0], ticketTypeId: child.id })).rejects.toThrow(reason);
    await expect(moveTicket(db, actor, { ticketId: ticketIds[0], seatId: fixture.seats[2].id })).rejects.toThrow(reason);
    const [ticket] = await db.select().from(tickets).where(eq(tickets.id, ticketIds[0]));
    expect(ticket.status).toBe("valid");
  });

  it("finds no order of another user, by number, for reading or changing", async () => {
    const { order, ticketIds } = await placedOrder({ seatCount: 1 });
    const stranger = await createUserFixture(db);
    expect(await loadOrderForUser(db, stranger.id, order.number)).toBeNull();
    const actor = { userId: stranger.id, orderNumber: order.number };
    await expect(cancelOwnTickets(db, actor, {})).rejects.toThrow("Order not found.");
    await expect(changeTicketType(db, actor, { ticketId: ticketIds[0], ticketTypeId: child.id })).rejects.toThrow("Order not found.");
  });

  it("refuses a ticket id of another order inside one's own order", async () => {
    const mine = await placedOrder({ seatCount: 1 });
    const theirs = await placedOrder({ seatCount: 1 });
    await expect(cancelOwnTickets(db, mine.actor, { ticketIds: theirs.ticketIds })).rejects.toThrow("Ticket not found.");
    await expect(moveTicket(db, mine.actor, { ticketId: theirs.ticketIds[0], seatId: theirs.fixture.seats[3].id })).rejects.toThrow(
      "Ticket not found.",
    );
  });

  it("lets an admin cancel after the cut-off, refund a paid order in full and mark the refund, with audit rows", async () => {
    const { order, actor } = await placedOrder({ seatCount: 2, startsInHours: 1 });
    await db.update(orders).set({ paymentStatus: "paid" }).where(eq(orders.id, order.id));
    await expect(cancelOwnTickets(db, actor, {})).rejects.toThrow(/close 2 hours/);
    const admin = await createUserFixture(db, { role: "admin" });
    const result = await adminCancelOrder(db, { adminId: admin.id, orderId: order.id, reason: "Projector failure" });
    expect(result.refundMinor).toBe(order.totalMinor);
    let [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after).toMatchObject({ status: "cancelled", paymentStatus: "refund_due", refundedMinor: order.totalMinor, cancelReason: "Projector failure" });
    await markOrderRefunded(db, { adminId: admin.id, orderId: order.id, reason: "Refunded at the box office" });
    [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after.paymentStatus).toBe("refunded");
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, order.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["order.cancel", "order.refund_marked"]);
  });

  it("keeps the seat map consistent: a seat freed by a cancel can be sold again", async () => {
    const { fixture, actor } = await placedOrder({ seatCount: 1 });
    await cancelOwnTickets(db, actor, {});
    const next = await createUserFixture(db);
    await holdSeats(db, { userId: next.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const placed = await checkoutCart(db, { userId: next.id, idempotencyKey: unique("key") });
    expect(placed.created).toBe(true);
    const [seat] = await db.select().from(seats).where(eq(seats.id, fixture.seats[0].id));
    expect(seat).toBeDefined();
  });
});
