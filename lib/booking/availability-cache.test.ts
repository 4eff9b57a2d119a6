import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { seatClaims } from "@/db/schema";
import { testDb } from "@/test/database";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { getCachedSeatAvailability } from "./availability-cache";
import { holdSeats, releaseSeat } from "./holds";

beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Seat events arrive asynchronously: read until `expected` shows, for at most 5 s. */
async function eventually<T>(read: () => Promise<T>, expected: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (expected(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function setup() {
  const db = await testDb();
  const fixture = await createShowtimeFixture(db, { layout: "sss" });
  const adult = await ticketTypeByCode(db, "adult");
  const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
  const showtimeId = fixture.showtime.id;
  const [a1, a2] = fixture.seats.map((s) => s.id);
  return { db, showtimeId, adult, alice, bob, a1, a2 };
}

describe("the availability cache", () => {
  it("serves the same snapshot to everyone until a seat change of that showtime is heard", async () => {
    const { db, showtimeId, adult, alice, bob, a1, a2 } = await setup();
    expect((await getCachedSeatAvailability(showtimeId, null))?.taken).toEqual({});

    // A row written behind the app's back sends no event: the cache does not see it (proof it caches).
    await putInCart(db, { userId: bob.id, showtimeId, seatIds: [a1], ticketTypeId: adult.id, minutes: 5 });
    expect((await getCachedSeatAvailability(showtimeId, null))?.taken).toEqual({});

    // The app's own hold NOTIFYs: the next read is fresh, and each viewer sees whose seats are whose.
    await holdSeats({ userId: alice.id, showtimeId, seats: [{ seatId: a2, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false });
    const seen = await eventually(() => getCachedSeatAvailability(showtimeId, alice.id), (v) => v?.taken[a2] === "yours");
    expect(seen?.taken).toEqual({ [a1]: "held", [a2]: "yours" });
    expect((await getCachedSeatAvailability(showtimeId, bob.id))?.taken).toEqual({ [a1]: "yours", [a2]: "held" });
    expect((await getCachedSeatAvailability(showtimeId, null))?.taken).toEqual({ [a1]: "held", [a2]: "held" });

    await releaseSeat({ userId: alice.id, showtimeId, seatId: a2 });
    const after = await eventually(() => getCachedSeatAvailability(showtimeId, null), (v) => v?.taken[a2] === undefined);
    expect(after?.taken).toEqual({ [a1]: "held" });
  });

  it("drops a snapshot at the instant its earliest hold runs out, with no event, and says when that is", async () => {
    const { db, showtimeId, adult, bob, a1 } = await setup();
    await putInCart(db, { userId: bob.id, showtimeId, seatIds: [a1], ticketTypeId: adult.id, minutes: 5 });
    const [claim] = await db.select().from(seatClaims).where(eq(seatClaims.seatId, a1));
    if (!claim.heldUntil) throw new Error("the fixture made no hold");
    expect((await getCachedSeatAvailability(showtimeId, null))?.taken).toEqual({ [a1]: "held" });

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(claim.heldUntil.getTime() - 1));
    // The seat map is told when to look again: no event marks an expiry.
    expect(await getCachedSeatAvailability(showtimeId, null)).toMatchObject({ taken: { [a1]: "held" }, nextReleaseInMs: 1 });
    vi.setSystemTime(claim.heldUntil);
    expect(await getCachedSeatAvailability(showtimeId, null)).toMatchObject({ taken: {}, nextReleaseInMs: null });
  });

  it("answers null for a showtime that does not exist", async () => {
    expect(await getCachedSeatAvailability("00000000-0000-4000-8000-000000000000", null)).toBeNull();
  });
});
