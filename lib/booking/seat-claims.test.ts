import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { seatClaims } from "@/db/schema";
import { testDb } from "@/test/database";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { listCart } from "./cart";
import { holdSeats } from "./holds";
import { isExpiredHold, isLiveClaim } from "./seat-claims";
import { getSeatAvailability } from "./seat-map";
import { getShowtimeAvailability } from "@/lib/scheduling/queries";

beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Stops the clock at `at` (only Date: the database drivers keep their timers). */
function clockAt(at: Date) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
}

async function heldSeatAt() {
  const db = await testDb();
  const fixture = await createShowtimeFixture(db, { layout: "ss" });
  const adult = await ticketTypeByCode(db, "adult");
  const [holder, other] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
  const seatId = fixture.seats[0].id;
  await putInCart(db, { userId: holder.id, showtimeId: fixture.showtime.id, seatIds: [seatId], ticketTypeId: adult.id, minutes: 5 });
  const [claim] = await db.select().from(seatClaims).where(eq(seatClaims.seatId, seatId));
  if (!claim.heldUntil) throw new Error("the fixture made no hold");
  return { db, fixture, adult, holder, other, seatId, expiry: claim.heldUntil };
}

describe("the live seat claim at the boundary instant", () => {
  it("counts a hold until just before it expires, and as expired at exactly its expiry", async () => {
    const { db, fixture, expiry } = await heldSeatAt();
    const justBefore = new Date(expiry.getTime() - 1);
    const count = async (where: ReturnType<typeof isLiveClaim>) =>
      (await db.select().from(seatClaims).where(and(eq(seatClaims.showtimeId, fixture.showtime.id), where))).length;

    expect(await count(isLiveClaim(justBefore))).toBe(1);
    expect(await count(isExpiredHold(justBefore))).toBe(0);
    expect(await count(isLiveClaim(expiry))).toBe(0);
    expect(await count(isExpiredHold(expiry))).toBe(1);
  });

  it("makes the seat map, the listings, the cart and the next claim agree at the expiry instant", async () => {
    const { fixture, adult, holder, other, seatId, expiry } = await heldSeatAt();
    const choice = { showtimeId: fixture.showtime.id, seats: [{ seatId, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false };

    clockAt(new Date(expiry.getTime() - 1));
    expect((await getSeatAvailability(fixture.showtime.id, null))?.taken[seatId]).toBe("held");
    expect((await getShowtimeAvailability([fixture.showtime])).get(fixture.showtime.id)?.taken).toBe(1);
    expect((await listCart(holder.id)).seatCount).toBe(1);
    await expect(holdSeats({ ...choice, userId: other.id })).rejects.toThrow("was just taken");

    clockAt(expiry);
    expect((await getSeatAvailability(fixture.showtime.id, null))?.taken[seatId]).toBeUndefined();
    expect((await getShowtimeAvailability([fixture.showtime])).get(fixture.showtime.id)?.taken).toBe(0);
    expect((await listCart(holder.id)).seatCount).toBe(0);
    const taken = await holdSeats({ ...choice, userId: other.id });
    expect(taken.seatIds).toEqual([seatId]);
  });
});
