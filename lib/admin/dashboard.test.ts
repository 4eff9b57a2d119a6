import { beforeAll, describe, expect, it } from "vitest";
import { orders, seatClaims, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { testDb, unique } from "@/test/database";
import { getDashboard } from "./dashboard";

describe("admin dashboard", () => {
  // Opening (and migrating) the database can take a while on a busy machine: not part of any test.
  beforeAll(async () => {
    await testDb();
  });

  it("aggregates sales, occupancy and sold-out showtimes in SQL", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss", startsAt: new Date(Date.now() + 3600_000) });
    const user = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    const [order] = await db
      .insert(orders)
      .values({ number: unique("MQ"), userId: user.id, paymentMethod: "pay_at_cinema", currency: "GBP", subtotalMinor: 2000, bookingFeeMinor: 100, totalMinor: 2100, idempotencyKey: unique("k") })
      .returning();
    for (const seat of fixture.seats) {
      const [ticket] = await db
        .insert(tickets)
        .values({ orderId: order.id, showtimeId: fixture.showtime.id, seatId: seat.id, ticketTypeId: adult.id, priceMinor: 1000, bookingFeeMinor: 50, code: unique("c") })
        .returning();
      await db.insert(seatClaims).values({ showtimeId: fixture.showtime.id, seatId: seat.id, ticketId: ticket.id, ticketTypeId: adult.id });
    }
    const dashboard = await getDashboard();
    const gbp = dashboard.totals.find((t) => t.currency === "GBP");
    expect(gbp?.ticketsToday).toBeGreaterThanOrEqual(2);
    expect(gbp?.revenue30).toBeGreaterThanOrEqual(2100);
    // The order is a pay-at-cinema reservation: counted as unpaid, never as paid.
    expect(gbp?.unpaidTickets30).toBeGreaterThanOrEqual(2);
    expect(gbp?.unpaidRevenue30).toBeGreaterThanOrEqual(2100);
    expect((gbp?.paidTickets30 ?? 0) + (gbp?.unpaidTickets30 ?? 0)).toBe(gbp?.tickets30);
    expect((gbp?.paidRevenue30 ?? 0) + (gbp?.unpaidRevenue30 ?? 0)).toBe(gbp?.revenue30);
    expect(dashboard.daily).toHaveLength(30);
    expect(dashboard.daily.at(-1)?.tickets).toBeGreaterThanOrEqual(2);
    // Other test files share this database: a list may be full of their rows, but then each of
    // those rows must rank ahead of ours.
    const top = dashboard.topMovies.find((m) => m.id === fixture.movie.id);
    if (top) expect(top.tickets).toBeGreaterThanOrEqual(2);
    else expect(dashboard.topMovies.length === 5 && dashboard.topMovies.every((m) => m.tickets >= 2)).toBe(true);
    const startsAt = fixture.showtime.startsAt.getTime();
    const rankedBefore = (list: { startsAt: Date }[], size: number) =>
      list.length === size && list.every((s) => s.startsAt.getTime() <= startsAt);
    if (!dashboard.soldOut.some((s) => s.id === fixture.showtime.id)) expect(rankedBefore(dashboard.soldOut, 10)).toBe(true);
    const mine = dashboard.upcoming.find((s) => s.id === fixture.showtime.id);
    if (mine) {
      expect(mine).toMatchObject({ sold: 2, capacity: 2 });
      expect(mine.startsAt).toBeInstanceOf(Date);
    } else expect(rankedBefore(dashboard.upcoming, 12)).toBe(true);
  });
});
