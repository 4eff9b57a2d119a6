import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { seatClaims, tickets, ticketTypes } from "@/db/schema";
import { InvalidError } from "@/lib/errors";
import { forgetReferenceData } from "@/lib/settings/reference-data";
import { holdSeats as holdInCart, releaseSeat } from "@/lib/booking/holds";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { cancelOwnTickets, moveTicket } from "./changes";
import { checkoutCart } from "./checkout";

/**
 * The carer and companion rules hold at every step, not only when seats are held: checkout sells only
 * a valid mix of ticket types still on sale, and no cancel or move leaves a companion seat or a free
 * carer ticket on its own (issue 16, point 11).
 */
let db: Db;
beforeAll(async () => {
  db = await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

type Fixture = Awaited<ReturnType<typeof createShowtimeFixture>>;
const seatOf = (fixture: Fixture, kind: string, nth = 0) => fixture.seats.filter((s) => s.kind === kind)[nth].id;

async function customerWith(layout: string) {
  const fixture = await createShowtimeFixture(db, { layout });
  const user = await createUserFixture(db);
  const [adult, carer] = await Promise.all([ticketTypeByCode(db, "adult"), ticketTypeByCode(db, "carer")]);
  return { fixture, user, adult, carer };
}

async function ticketsOf(orderId: string) {
  return db.select({ id: tickets.id, seatId: tickets.seatId, status: tickets.status }).from(tickets).where(eq(tickets.orderId, orderId));
}

describe("checkout re-checks the seat mix and the ticket types", () => {
  it("refuses to sell a companion seat without its wheelchair space", async () => {
    const { fixture, user, adult } = await customerWith("wcss");
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [seatOf(fixture, "companion")], ticketTypeId: adult.id });
    const error = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as Error).message).toMatch(/Companion seats are for people accompanying a wheelchair user.*Change the seats in your cart/);
    expect(await db.select().from(tickets).where(eq(tickets.showtimeId, fixture.showtime.id))).toEqual([]);
  });

  it("refuses to sell a free carer ticket on its own", async () => {
    const { fixture, user, carer } = await customerWith("ssss");
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: carer.id });
    await expect(checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") })).rejects.toThrow(/free carer ticket goes with a paying ticket/);
  });

  it("refuses a ticket type withdrawn after the seat was held", async () => {
    const { fixture, user } = await customerWith("ssss");
    const [withdrawn] = await db
      .insert(ticketTypes)
      .values({ code: unique("gone"), name: "Withdrawn offer", priceRule: "percent_of_base", percent: 50, active: false, sortOrder: 99 })
      .returning();
    // Written straight to the table: the trigger's notification would reach this process a moment later.
    forgetReferenceData();
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id, fixture.seats[1].id], ticketTypeId: withdrawn.id });
    await expect(checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") })).rejects.toThrow(/That ticket type is not on sale/);
    // The customer can still tidy the cart: removing seats never trips over the withdrawn type.
    await releaseSeat({ userId: user.id, showtimeId: fixture.showtime.id, seatId: fixture.seats[1].id });
  });
});

describe("cancelling or moving part of an order keeps the seat mix", () => {
  it("does not cancel a wheelchair space and leave its companion seat", async () => {
    const { fixture, user, adult } = await customerWith("wcssss");
    const space = seatOf(fixture, "wheelchair");
    const companion = seatOf(fixture, "companion");
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [space, companion], ticketTypeId: adult.id });
    const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
    const sold = await ticketsOf(placed.id);
    const actor = { userId: user.id, orderNumber: placed.number };
    const spaceTicket = sold.find((t) => t.seatId === space)?.id ?? "";

    await expect(cancelOwnTickets(db, actor, { ticketIds: [spaceTicket] })).rejects.toThrow(/Cancel the companion seats or the carer ticket with it/);
    expect((await ticketsOf(placed.id)).every((t) => t.status === "valid")).toBe(true);
    // Moving the wheelchair ticket to a standard seat would strand the companion seat too.
    await expect(moveTicket(db, actor, { ticketId: spaceTicket, seatId: fixture.seats.find((s) => s.kind === "standard")?.id ?? "" })).rejects.toThrow(
      /Move the companion seats with it/,
    );
    // Both together is fine.
    await cancelOwnTickets(db, actor, { ticketIds: sold.map((t) => t.id) });
    expect((await ticketsOf(placed.id)).every((t) => t.status === "cancelled")).toBe(true);
  });

  it("does not cancel the paying ticket and leave the free carer ticket", async () => {
    const { fixture, user, adult, carer } = await customerWith("ssss");
    const [paying, carerSeat] = fixture.seats;
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [paying.id], ticketTypeId: adult.id });
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [carerSeat.id], ticketTypeId: carer.id });
    const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
    const sold = await ticketsOf(placed.id);
    const actor = { userId: user.id, orderNumber: placed.number };
    await expect(cancelOwnTickets(db, actor, { ticketIds: [sold.find((t) => t.seatId === paying.id)?.id ?? ""] })).rejects.toThrow(
      /free carer ticket goes with a paying ticket/,
    );
    // The carer ticket alone may go.
    await cancelOwnTickets(db, actor, { ticketIds: [sold.find((t) => t.seatId === carerSeat.id)?.id ?? ""] });
  });
});

describe("holds of one showtime in one cart", () => {
  it("share one expiry: seats added later run out with the first ones", async () => {
    const { fixture, user, adult } = await customerWith("ssss");
    const choice = (seatId: string) => ({ showtimeId: fixture.showtime.id, seats: [{ seatId, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false, userId: user.id });
    const first = await holdInCart(choice(fixture.seats[0].id));
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(3 * 60_000);
    const second = await holdInCart(choice(fixture.seats[1].id));
    expect(second.heldUntil.getTime()).toBe(first.heldUntil.getTime());
    const claims = await db.select({ heldUntil: seatClaims.heldUntil }).from(seatClaims).where(and(eq(seatClaims.showtimeId, fixture.showtime.id)));
    expect(new Set(claims.map((c) => c.heldUntil?.getTime())).size).toBe(1);
  });
});
