import { describe, it } from "vitest";
import { carts, orders, seatClaims, showtimes, tickets } from "@/db/schema";
import { showtimeEndsAt } from "@/lib/scheduling/showtime-times";
import { expectConstraintViolation } from "@/test/constraint-violation";
import { testDb } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";

/** The invariants the database itself keeps, whatever the application code does. */
describe("database constraints", () => {
  it("lets one seat of one showtime be claimed only once, held or sold", async () => {
    const db = await testDb();
    const { showtime, seats } = await createShowtimeFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    const [alice, bob] = [await createUserFixture(db), await createUserFixture(db)];
    const [aliceCart] = await db.insert(carts).values({ userId: alice.id }).returning();
    const [bobCart] = await db.insert(carts).values({ userId: bob.id }).returning();
    const hold = (cartId: string) => ({
      showtimeId: showtime.id,
      seatId: seats[0].id,
      cartId,
      heldUntil: new Date(Date.now() + 600_000),
      ticketTypeId: adult.id,
    });

    await db.insert(seatClaims).values(hold(aliceCart.id));
    await expectConstraintViolation(db.insert(seatClaims).values(hold(bobCart.id)), "seat_claims_pkey");
    // The same seat of another showtime is a different claim.
    const other = await createShowtimeFixture(db);
    await db.insert(seatClaims).values({ ...hold(bobCart.id), showtimeId: other.showtime.id, seatId: other.seats[0].id });
  });

  it("allows only one live ticket per seat per showtime", async () => {
    const db = await testDb();
    const { showtime, seats } = await createShowtimeFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    const user = await createUserFixture(db);
    const [order] = await db
      .insert(orders)
      .values({
        number: `T-${crypto.randomUUID().slice(0, 8)}`,
        userId: user.id,
        paymentMethod: "pay_at_cinema",
        currency: "GBP",
        subtotalMinor: 2000,
        totalMinor: 2000,
        idempotencyKey: crypto.randomUUID(),
      })
      .returning();
    const ticket = (code: string, status: "valid" | "cancelled" = "valid") => ({
      orderId: order.id,
      showtimeId: showtime.id,
      seatId: seats[1].id,
      ticketTypeId: adult.id,
      priceMinor: 1000,
      code,
      status,
    });

    await db.insert(tickets).values(ticket(crypto.randomUUID(), "cancelled"));
    await db.insert(tickets).values(ticket(crypto.randomUUID()));
    await expectConstraintViolation(db.insert(tickets).values(ticket(crypto.randomUUID())), "tickets_live_seat_key");
  });

  it("refuses two scheduled showtimes that overlap on one screen", async () => {
    const db = await testDb();
    const { showtime, movie } = await createShowtimeFixture(db, { runtimeMinutes: 100 });
    const overlapping = new Date(showtime.startsAt.getTime() + 60 * 60_000);
    const clash = {
      movieId: movie.id,
      screenId: showtime.screenId,
      formatId: showtime.formatId,
      startsAt: overlapping,
      endsAt: showtimeEndsAt(overlapping, 100),
      basePriceMinor: 1000,
      spokenLanguage: "en",
    };
    await expectConstraintViolation(db.insert(showtimes).values(clash), "showtimes_no_overlap");
    // Back to back is fine, and a cancelled showtime frees its slot.
    await db.insert(showtimes).values({ ...clash, startsAt: showtime.endsAt, endsAt: showtimeEndsAt(showtime.endsAt, 100) });
    await db.insert(showtimes).values({ ...clash, status: "cancelled", cancelledAt: new Date() });
  });

  it("rejects money and runtimes out of range", async () => {
    const db = await testDb();
    const { showtime, movie } = await createShowtimeFixture(db);
    const later = new Date(showtime.startsAt.getTime() + 7 * 24 * 3600_000);
    const base = {
      movieId: movie.id,
      screenId: showtime.screenId,
      formatId: showtime.formatId,
      startsAt: later,
      endsAt: showtimeEndsAt(later, 100),
      spokenLanguage: "en",
    };
    await expectConstraintViolation(db.insert(showtimes).values({ ...base, basePriceMinor: -1 }), "showtimes_base_price_range");
    await expectConstraintViolation(db.insert(showtimes).values({ ...base, basePriceMinor: 0 }), "showtimes_base_price_range");
    await expectConstraintViolation(
      db.insert(showtimes).values({ ...base, basePriceMinor: 1000, endsAt: later }),
      "showtimes_ends_after_start",
    );
  });
});
