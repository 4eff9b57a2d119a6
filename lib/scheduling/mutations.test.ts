import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { auditLog, emails, orderChanges, orders, seatClaims, showtimes, tickets, formats } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { testDb, unique } from "@/test/database";
import { expectConstraintViolation } from "@/test/constraint-violation";
import { showtimeEndsAt } from "./showtime-times";
import { utcToZonedLocal } from "./local-time";
import { bulkCreateShowtimes, createShowtime, deleteShowtime } from "./mutations";
import { cancelShowtime } from "./cancellation";

const DAY = 24 * 3600_000;

async function setup() {
  const db = await testDb();
  const admin = await createUserFixture(db, { role: "admin" });
  const startsAt = new Date(Math.ceil((Date.now() + 5 * DAY) / 3600_000) * 3600_000);
  const fixture = await createShowtimeFixture(db, { startsAt, runtimeMinutes: 100 });
  const [format] = await db.select().from(formats).where(eq(formats.code, "2D"));
  const attributes = {
    movieId: fixture.movie.id,
    screenId: fixture.screen.id,
    formatId: format.id,
    basePrice: 1000,
    currency: "GBP" as const,
    spokenLanguage: "en",
    subtitleLanguage: null,
    audioDescription: false,
    openCaptions: false,
    closedCaptions: false,
    sensoryFriendly: false,
    noDiscounts: false,
    ticketPrices: [],
  };
  return { db, admin, fixture, attributes, startsAt };
}

/** A confirmed order by `userId` with a sold ticket for each given seat of the showtime. */
async function sellTickets(showtimeId: string, seatIds: string[], userId: string, paymentStatus: "paid" | "unpaid" = "paid") {
  const db = await testDb();
  const adult = await ticketTypeByCode(db, "adult");
  const [order] = await db
    .insert(orders)
    .values({
      number: unique("MQ"),
      userId,
      paymentMethod: "pay_at_cinema",
      paymentStatus,
      currency: "GBP",
      subtotalMinor: 1000 * seatIds.length,
      bookingFeeMinor: 50 * seatIds.length,
      totalMinor: 1050 * seatIds.length,
      idempotencyKey: unique("key"),
    })
    .returning();
  for (const seatId of seatIds) {
    const [ticket] = await db
      .insert(tickets)
      .values({ orderId: order.id, showtimeId, seatId, ticketTypeId: adult.id, priceMinor: 1000, bookingFeeMinor: 50, code: unique("code") })
      .returning();
    await db.insert(seatClaims).values({ showtimeId, seatId, ticketId: ticket.id, ticketTypeId: adult.id });
  }
  return order;
}

describe("scheduling showtimes", () => {
  // Opening (and migrating) the database can take a while on a busy machine: not part of any test.
  beforeAll(async () => {
    await testDb();
  });

  it("refuses an overlapping showtime on the same screen, naming the clash, and the database refuses it too", async () => {
    const { db, admin, fixture, attributes, startsAt } = await setup();
    const clashing = new Date(startsAt.getTime() + 60 * 60_000);
    const attempt = createShowtime(admin.id, { ...attributes, startsAtLocal: utcToZonedLocal(clashing, "Europe/London") });
    await expect(attempt).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(`overlaps ${fixture.movie.title}`),
      fieldErrors: { startsAtLocal: [expect.stringContaining(fixture.movie.title)] },
    });
    // The same rule holds for a write that skips the domain check (a race).
    await expectConstraintViolation(
      db.insert(showtimes).values({ ...fixture.showtime, id: undefined, startsAt: clashing, endsAt: showtimeEndsAt(clashing, 100) }),
      "showtimes_no_overlap",
    );
    const after = showtimeEndsAt(startsAt, 100);
    const created = await createShowtime(admin.id, { ...attributes, startsAtLocal: utcToZonedLocal(after, "Europe/London") });
    expect(created.id).toBeTruthy();
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, "showtime.created")));
    expect(audit.actorUserId).toBe(admin.id);
  });

  it("refuses a start time in the past", async () => {
    const { admin, attributes } = await setup();
    const past = utcToZonedLocal(new Date(Date.now() - DAY), "Europe/London");
    await expect(createShowtime(admin.id, { ...attributes, startsAtLocal: past })).rejects.toMatchObject({ status: 422, fieldErrors: { startsAtLocal: expect.any(Array) } });
  });

  it("creates a bulk range all-or-nothing, listing the clashing dates", async () => {
    const { db, admin, fixture, attributes, startsAt } = await setup();
    const local = utcToZonedLocal(startsAt, "Europe/London");
    const [clashDate, time] = local.split("T");
    const firstDate = new Date(Date.parse(clashDate) - 2 * DAY).toISOString().slice(0, 10);
    const lastDate = new Date(Date.parse(clashDate) + 2 * DAY).toISOString().slice(0, 10);
    const countOnScreen = async () => (await db.select({ n: count() }).from(showtimes).where(eq(showtimes.screenId, fixture.screen.id)))[0].n;

    await expect(bulkCreateShowtimes(admin.id, { ...attributes, firstDate, lastDate, time })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { time: [expect.stringMatching(/busy at that time on \w{3} \d+ \w{3}\. Nothing was scheduled/)] },
    });
    expect(await countOnScreen()).toBe(1);

    const later = `${String((Number(time.slice(0, 2)) + 4) % 24).padStart(2, "0")}:${time.slice(3)}`;
    const laterFirst = new Date(Date.parse(clashDate) + DAY).toISOString().slice(0, 10);
    await expect(bulkCreateShowtimes(admin.id, { ...attributes, firstDate: laterFirst, lastDate, time: later })).resolves.toEqual({ count: 2 });
    expect(await countOnScreen()).toBe(3);
  });

  it("deletes a showtime that never sold a ticket, and refuses once one was sold", async () => {
    const { db, admin, attributes, startsAt, fixture } = await setup();
    const free = await createShowtime(admin.id, { ...attributes, startsAtLocal: utcToZonedLocal(new Date(startsAt.getTime() + DAY), "Europe/London") });
    await deleteShowtime(admin.id, free.id);
    expect(await db.select().from(showtimes).where(eq(showtimes.id, free.id))).toEqual([]);

    const customer = await createUserFixture(db);
    await sellTickets(fixture.showtime.id, [fixture.seats[0].id], customer.id);
    await expect(deleteShowtime(admin.id, fixture.showtime.id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining("Cancel it instead") });
  });

  it("cancels a showtime: tickets refunded, orders without live tickets cancelled, history recorded, claims freed, customers emailed", async () => {
    const { db, admin, fixture, attributes, startsAt } = await setup();
    const alice = await createUserFixture(db);
    const bob = await createUserFixture(db);
    const aliceOrder = await sellTickets(fixture.showtime.id, [fixture.seats[0].id, fixture.seats[1].id], alice.id, "paid");
    // Bob's order also has a ticket for another showtime, so it stays confirmed.
    const other = await createShowtime(admin.id, { ...attributes, startsAtLocal: utcToZonedLocal(new Date(startsAt.getTime() + DAY), "Europe/London") });
    const bobOrder = await sellTickets(fixture.showtime.id, [fixture.seats[2].id], bob.id, "unpaid");
    const adult = await ticketTypeByCode(db, "adult");
    await db.insert(tickets).values({ orderId: bobOrder.id, showtimeId: other.id, seatId: fixture.seats[2].id, ticketTypeId: adult.id, priceMinor: 1000, code: unique("code") });

    const result = await cancelShowtime(admin.id, fixture.showtime.id, "Projector failure");
    expect(result).toEqual({ cancelledTickets: 3, cancelledOrders: 1, emailed: 2 });

    const [showtime] = await db.select().from(showtimes).where(eq(showtimes.id, fixture.showtime.id));
    expect(showtime).toMatchObject({ status: "cancelled", cancelReason: "Projector failure" });
    expect(showtime.cancelledAt).toBeInstanceOf(Date);
    const cancelled = await db.select().from(tickets).where(eq(tickets.showtimeId, fixture.showtime.id));
    expect(cancelled.every((t) => t.status === "cancelled" && t.refundMinor === 1050 && t.cancelledAt)).toBe(true);
    const [a] = await db.select().from(orders).where(eq(orders.id, aliceOrder.id));
    expect(a).toMatchObject({ status: "cancelled", paymentStatus: "refund_due", refundedMinor: 2100 });
    const [b] = await db.select().from(orders).where(eq(orders.id, bobOrder.id));
    expect(b).toMatchObject({ status: "confirmed", paymentStatus: "unpaid" });
    const changes = await db.select().from(orderChanges).where(eq(orderChanges.actorUserId, admin.id));
    expect(changes.map((c) => `${c.orderId === aliceOrder.id ? "alice" : "bob"}:${c.kind}`).sort()).toEqual([
      "alice:order_cancelled",
      "alice:order_cancelled",
      "bob:ticket_cancelled",
    ]);
    expect(await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, fixture.showtime.id))).toEqual([]);
    const sent = await db.select({ to: emails.to, subject: emails.subject, text: emails.text }).from(emails).where(eq(emails.template, "showtime-cancelled"));
    const toAlice = sent.find((e) => e.to === alice.email);
    expect(toAlice?.subject).toContain(fixture.movie.title);
    expect(toAlice?.text).toContain("Projector failure");
    expect(toAlice?.text).toContain("£21.00");
    expect(sent.some((e) => e.to === bob.email)).toBe(true);

    await expect(cancelShowtime(admin.id, fixture.showtime.id, "again")).rejects.toMatchObject({ status: 409 });
  });

  it("does not refund a ticket already used at the door, and records on the order what it refunded", async () => {
    const { db, admin, fixture } = await setup();
    const carol = await createUserFixture(db);
    const order = await sellTickets(fixture.showtime.id, [fixture.seats[0].id, fixture.seats[1].id], carol.id, "paid");
    const [used] = await db.select().from(tickets).where(and(eq(tickets.orderId, order.id), eq(tickets.seatId, fixture.seats[0].id)));
    await db.update(tickets).set({ status: "used", usedAt: new Date() }).where(eq(tickets.id, used.id));

    const result = await cancelShowtime(admin.id, fixture.showtime.id, "Power cut");
    expect(result).toMatchObject({ cancelledTickets: 1, cancelledOrders: 0 });
    const [stillUsed] = await db.select().from(tickets).where(eq(tickets.id, used.id));
    expect(stillUsed).toMatchObject({ status: "used", refundMinor: 0 });
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    // The order keeps its used ticket; only the unused one's price and fee are due back.
    expect(after).toMatchObject({ status: "confirmed", paymentStatus: "refund_due", refundedMinor: 1050 });
  });
});
