import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { bookingPolicy, showtimes } from "@/db/schema";
import { testDb } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "./holds";
import { forgetReferenceData } from "@/lib/settings/reference-data";
import { getSeatAvailability, getSeatMap } from "./seat-map";

// Opening (and on PGlite, migrating) the database can be slow on a busy machine: not a test's time.
beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

describe("getSeatMap", () => {
  it("shows each seat's state to its viewer and prices every ticket type per seat kind", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "wc.ss\npppp", basePriceMinor: 1000, formatCode: "3D" });
    const adult = await ticketTypeByCode(db, "adult");
    const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
    const seatId = (row: string, n: number) => fixture.seats.find((s) => s.rowLabel === row && s.number === n)?.id ?? "";
    await holdSeats({
      userId: alice.id,
      showtimeId: fixture.showtime.id,
      seats: [{ seatId: seatId("A", 3), ticketTypeId: adult.id }],
      wheelchairDeclared: false,
      carerDeclared: false,
    });

    const forAlice = await getSeatMap(fixture.showtime.id, alice.id);
    const forBob = await getSeatMap(fixture.showtime.id, bob.id);
    const state = (map: typeof forAlice, id: string) => map?.seats.find((s) => s.id === id)?.state;
    expect(state(forAlice, seatId("A", 3))).toBe("yours");
    expect(state(forBob, seatId("A", 3))).toBe("held");
    expect(state(forBob, seatId("A", 4))).toBe("available");
    expect(forBob?.heldBackReleased).toBe(false);
    expect(forBob?.showtime.bookable).toBe(true);
    expect(forBob?.columns).toBe(5);

    // 3D +£2, premium +£2.50, child 70 %; the carer ticket is free.
    const child = await ticketTypeByCode(db, "child");
    const carer = await ticketTypeByCode(db, "carer");
    expect(forBob?.prices[adult.id]?.standard?.priceMinor).toBe(1200);
    expect(forBob?.prices[adult.id]?.premium?.priceMinor).toBe(1450);
    expect(forBob?.prices[child.id]?.standard?.priceMinor).toBe(900);
    expect(forBob?.prices[carer.id]?.premium?.priceMinor).toBe(0);

    // The hold runs out: nobody sees it any more.
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(11 * 60_000);
    const later = await getSeatAvailability(fixture.showtime.id, alice.id);
    expect(later?.taken).toEqual({});
  });

  it("offers no discount types on a no-discounts showtime and adds the booking fee", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss" });
    await db.update(showtimes).set({ noDiscounts: true }).where(eq(showtimes.id, fixture.showtime.id));
    const [policy] = await db.select().from(bookingPolicy);
    await db.update(bookingPolicy).set({ bookingFeeMinor: 75 }).where(eq(bookingPolicy.id, 1));
    // Written straight to the table: the trigger's notification would reach this process a moment later.
    forgetReferenceData();
    try {
      const map = await getSeatMap(fixture.showtime.id, null);
      expect(map?.ticketTypes.map((t) => t.code)).toEqual(["adult", "carer"]);
      const adult = await ticketTypeByCode(db, "adult");
      expect(map?.prices[adult.id]?.standard).toEqual({ priceMinor: 1000, bookingFeeMinor: 75 });
    } finally {
      await db.update(bookingPolicy).set({ bookingFeeMinor: policy?.bookingFeeMinor ?? 0 }).where(eq(bookingPolicy.id, 1));
      forgetReferenceData();
    }
  });

  it("releases wheelchair spaces to everyone once every other seat is taken, and closes past showtimes", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "wss" });
    const adult = await ticketTypeByCode(db, "adult");
    const user = await createUserFixture(db);
    await holdSeats({
      userId: user.id,
      showtimeId: fixture.showtime.id,
      seats: fixture.seats.filter((s) => s.kind === "standard").map((s) => ({ seatId: s.id, ticketTypeId: adult.id })),
      wheelchairDeclared: false,
      carerDeclared: false,
    });
    expect((await getSeatAvailability(fixture.showtime.id, null))?.heldBackReleased).toBe(true);

    const past = await createShowtimeFixture(db, { layout: "s", startsAt: new Date(Date.now() - 60_000) });
    expect((await getSeatMap(past.showtime.id, null))?.showtime.bookable).toBe(false);
    expect(await getSeatMap("00000000-0000-4000-8000-000000000000", null)).toBeNull();
  });
});
