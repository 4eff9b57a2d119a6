import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { carts, orders, seatClaims, showtimes, tickets } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { getShowtimeAvailability, listShowtimesForCinema, listShowtimesForMovie } from "./queries";

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function claim(seatIds: string[], showtimeId: string, heldUntil: Date) {
  const db = await testDb();
  const user = await createUserFixture(db);
  const [cart] = await db.insert(carts).values({ userId: user.id }).returning();
  const adult = await ticketTypeByCode(db, "adult");
  await db.insert(seatClaims).values(seatIds.map((seatId) => ({ showtimeId, seatId, cartId: cart.id, heldUntil, ticketTypeId: adult.id })));
}

async function sell(seatId: string, showtimeId: string) {
  const db = await testDb();
  const user = await createUserFixture(db);
  const adult = await ticketTypeByCode(db, "adult");
  await db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        number: unique("MQ"),
        userId: user.id,
        paymentMethod: "pay_at_cinema",
        currency: "GBP",
        subtotalMinor: 1000,
        totalMinor: 1000,
        idempotencyKey: unique("key"),
      })
      .returning();
    const [ticket] = await tx
      .insert(tickets)
      .values({ orderId: order.id, showtimeId, seatId, ticketTypeId: adult.id, priceMinor: 1000, code: unique("code") })
      .returning();
    await tx.insert(seatClaims).values({ showtimeId, seatId, ticketId: ticket.id, ticketTypeId: adult.id });
  });
}

describe("showtime availability", () => {
  it("counts sold seats and unexpired holds against the screen's seats, in one pass for many showtimes", async () => {
    const db = await testDb();
    // 8 seats each.
    const full = await createShowtimeFixture(db, { startsAt: inMinutes(60 * 24) });
    const nearly = await createShowtimeFixture(db, { startsAt: inMinutes(60 * 25) });
    const open = await createShowtimeFixture(db, { startsAt: inMinutes(60 * 26) });

    await sell(full.seats[0].id, full.showtime.id);
    await claim(full.seats.slice(1).map((s) => s.id), full.showtime.id, inMinutes(10));
    await claim(nearly.seats.slice(0, 4).map((s) => s.id), nearly.showtime.id, inMinutes(10));
    // Expired holds are free seats.
    await claim(open.seats.map((s) => s.id), open.showtime.id, inMinutes(-1));

    const availability = await getShowtimeAvailability(
      [full, nearly, open].map((f) => ({ id: f.showtime.id, screenId: f.screen.id })),
    );
    expect(availability.get(full.showtime.id)).toEqual({ capacity: 8, taken: 8, status: "sold-out" });
    expect(availability.get(nearly.showtime.id)).toEqual({ capacity: 8, taken: 4, status: "almost-full" });
    expect(availability.get(open.showtime.id)).toEqual({ capacity: 8, taken: 0, status: "available" });
  });

  it("lists a movie's upcoming showings with their attributes and availability, filtered", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { startsAt: inMinutes(60 * 30), formatCode: "IMAX", layout: "ssssssssss\nssssssssss\nssssssssss\nssssssssss" });
    await db
      .update(showtimes)
      .set({ subtitleLanguage: "fr", audioDescription: true })
      .where(eq(showtimes.id, fixture.showtime.id));

    const [listed] = await listShowtimesForMovie(fixture.movie.id);
    expect(listed).toMatchObject({
      id: fixture.showtime.id,
      format: { code: "IMAX", videoFormat: "IMAX" },
      subtitleLanguage: "fr",
      audioDescription: true,
      cinema: { slug: fixture.cinema.slug, timeZone: "Europe/London" },
      availability: { capacity: 40, taken: 0, status: "available" },
    });
    // The adult price includes the format's surcharge (IMAX: 400).
    expect(listed.adultPriceMinor).toBe(1400);

    expect(await listShowtimesForMovie(fixture.movie.id, { format: "IMAX", subtitles: "any", access: ["ad"] })).toHaveLength(1);
    expect(await listShowtimesForMovie(fixture.movie.id, { format: "3D", access: [] })).toHaveLength(0);
    expect(await listShowtimesForMovie(fixture.movie.id, { subtitles: "de", access: [] })).toHaveLength(0);
    expect(await listShowtimesForMovie(fixture.movie.id, { access: ["relaxed"] })).toHaveLength(0);
    expect(await listShowtimesForCinema(fixture.cinema.id)).toHaveLength(1);
  });

  it("leaves out past, cancelled and far-off showings", async () => {
    const db = await testDb();
    const later = await createShowtimeFixture(db, { startsAt: inMinutes(60 * 24 * 9) });
    expect(await listShowtimesForMovie(later.movie.id)).toHaveLength(0);
    const cancelled = await createShowtimeFixture(db, { startsAt: inMinutes(60 * 24 * 2) });
    await db
      .update(showtimes)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(showtimes.id, cancelled.showtime.id));
    expect(await listShowtimesForMovie(cancelled.movie.id)).toHaveLength(0);
  });
});
