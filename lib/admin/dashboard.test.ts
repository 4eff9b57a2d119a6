import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { orderChanges, orders, paymentRefunds, seatClaims, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { testDb, unique } from "@/test/database";
import { getDashboard } from "./dashboard";

// Other test files share this database. The dashboard only counts the last 30 days and the coming
// showtimes, so this test moves the clock to a day of its own, centuries ahead, where its rows
// are the only ones: every number can then be asserted exactly.
const day = Date.UTC(2300, 0, 1) + Math.floor(Math.random() * 3650) * 86_400_000;
const at = new Date(day + 12 * 3600_000);

describe("admin dashboard", () => {
  // Opening (and migrating) the database can take a while on a busy machine: not part of any test.
  beforeAll(async () => {
    await testDb();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at);
  });
  afterAll(() => vi.useRealTimers());

  it("aggregates sales, occupancy and sold-out showtimes in SQL", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss", startsAt: new Date(at.getTime() + 3600_000) });
    const user = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    const [order] = await db
      .insert(orders)
      .values({ number: unique("MQ"), userId: user.id, paymentMethod: "pay_at_cinema", currency: "GBP", subtotalMinor: 2000, bookingFeeMinor: 100, totalMinor: 2100, idempotencyKey: unique("k") })
      .returning();
    for (const seat of fixture.seats) {
      const [ticket] = await db
        .insert(tickets)
        .values({ orderId: order.id, showtimeId: fixture.showtime.id, seatId: seat.id, ticketTypeId: adult.id, priceMinor: 1000, bookingFeeMinor: 50, code: unique("c"), createdAt: at })
        .returning();
      await db.insert(seatClaims).values({ showtimeId: fixture.showtime.id, seatId: seat.id, ticketId: ticket.id, ticketTypeId: adult.id });
    }

    // A card order still waiting for its payment has sold nothing yet.
    const earlier = await createShowtimeFixture(db, { layout: "ss", startsAt: new Date(at.getTime() - 3600_000) });
    const [pending] = await db
      .insert(orders)
      .values({ number: unique("MQ"), userId: user.id, status: "pending_payment", paymentMethod: "card", currency: "GBP", subtotalMinor: 1000, totalMinor: 1000, idempotencyKey: unique("k") })
      .returning();
    await db
      .insert(tickets)
      .values({ orderId: pending.id, showtimeId: earlier.showtime.id, seatId: earlier.seats[0].id, ticketTypeId: adult.id, priceMinor: 1000, code: unique("c"), createdAt: at });
    // Refunds: one to a card, one recorded by hand.
    const [refunded] = await db
      .insert(orders)
      .values({ number: unique("MQ"), userId: user.id, status: "cancelled", paymentStatus: "refunded", paymentMethod: "card", currency: "GBP", subtotalMinor: 800, totalMinor: 800, idempotencyKey: unique("k") })
      .returning();
    await db.insert(paymentRefunds).values({ orderId: refunded.id, amountMinor: 500, currency: "GBP", status: "succeeded", createdAt: at });
    await db.insert(orderChanges).values({ orderId: refunded.id, kind: "refund_marked", details: { refundedMinor: 300 }, createdAt: at });

    const dashboard = await getDashboard();

    // A pay-at-cinema reservation: counted as unpaid, never as paid.
    expect(dashboard.totals).toEqual([
      {
        currency: "GBP",
        ticketsToday: 2,
        revenueToday: 2100,
        tickets30: 2,
        revenue30: 2100,
        paidTickets30: 0,
        paidRevenue30: 0,
        unpaidTickets30: 2,
        unpaidRevenue30: 2100,
        refunded30: 800,
      },
    ]);
    expect(dashboard.daily).toHaveLength(30);
    expect(dashboard.daily.at(-1)?.tickets).toBe(2);
    expect(dashboard.daily.slice(0, -1).every((d) => d.tickets === 0)).toBe(true);
    expect(dashboard.topMovies).toEqual([{ id: fixture.movie.id, title: fixture.movie.title, tickets: 2 }]);
    expect(dashboard.soldOut.map((s) => s.id)).toEqual([fixture.showtime.id]);
    expect(dashboard.upcoming).toHaveLength(1);
    expect(dashboard.upcoming[0]).toMatchObject({ id: fixture.showtime.id, sold: 2, capacity: 2 });
    expect(dashboard.upcoming[0].startsAt).toEqual(fixture.showtime.startsAt);
  });
});
