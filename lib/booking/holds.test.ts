import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { seatClaims, showtimes } from "@/db/schema";
import { ConflictError, InvalidError } from "@/lib/errors";
import { testDb } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { changeHeldTicketType, deleteExpiredHolds, emptyCart, holdSeats, releaseSeat, SeatsAlreadyHeldError, SeatsTakenError } from "./holds";
import { listCart } from "./cart";

type Fixture = Awaited<ReturnType<typeof createShowtimeFixture>>;

function seat(fixture: Fixture, row: string, number: number) {
  const found = fixture.seats.find((s) => s.rowLabel === row && s.number === number);
  if (!found) throw new Error(`no seat ${row}${number}`);
  return found.id;
}

async function settle<T>(attempts: Promise<T>[]) {
  const results = await Promise.allSettled(attempts);
  return {
    ok: results.filter((r) => r.status === "fulfilled").length,
    errors: results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : [])),
  };
}

async function claimsOf(showtimeId: string) {
  const db = await testDb();
  return db.select().from(seatClaims).where(eq(seatClaims.showtimeId, showtimeId));
}

// Opening (and on PGlite, migrating) the database can be slow on a busy machine: not a test's time.
beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

describe("holdSeats under concurrency", () => {
  it("gives one seat to exactly one of 50 customers clicking it at once", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "sss" });
    const adult = await ticketTypeByCode(db, "adult");
    const users = await Promise.all(Array.from({ length: 50 }, () => createUserFixture(db)));
    const target = seat(fixture, "A", 2);
    const { ok, errors } = await settle(
      users.map((user) =>
        holdSeats({
          userId: user.id,
          showtimeId: fixture.showtime.id,
          seats: [{ seatId: target, ticketTypeId: adult.id }],
          wheelchairDeclared: false,
          carerDeclared: false,
        }),
      ),
    );
    expect(ok).toBe(1);
    expect(errors).toHaveLength(49);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toContain("Row A, seat 2 was just taken");
    }
    const claims = await claimsOf(fixture.showtime.id);
    expect(claims).toHaveLength(1);
  });

  it("lets one of two overlapping multi-seat selections win entirely and gives the other nothing", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ssssssssss\nssssssssss" });
    const adult = await ticketTypeByCode(db, "adult");
    for (const row of ["A", "B"]) {
      const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
      const pick = (numbers: number[]) => numbers.map((n) => ({ seatId: seat(fixture, row, n), ticketTypeId: adult.id }));
      const base = { showtimeId: fixture.showtime.id, wheelchairDeclared: false, carerDeclared: false };
      const { ok, errors } = await settle([
        holdSeats({ ...base, userId: alice.id, seats: pick([1, 2, 3, 4]) }),
        holdSeats({ ...base, userId: bob.id, seats: pick([4, 5, 6]) }),
      ]);
      expect(ok).toBe(1);
      expect(errors[0]).toBeInstanceOf(ConflictError);
      const rowSeats = new Set(fixture.seats.filter((s) => s.rowLabel === row).map((s) => s.id));
      const claims = (await claimsOf(fixture.showtime.id)).filter((c) => rowSeats.has(c.seatId));
      const carts = new Set(claims.map((c) => c.cartId));
      // Exactly one cart holds seats in this row, and it holds its whole selection.
      expect(carts.size).toBe(1);
      expect([4, 3]).toContain(claims.length);
    }
  });

  it("keeps held-back wheelchair spaces from undeclared customers while the last seats go concurrently", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "wss" });
    const adult = await ticketTypeByCode(db, "adult");
    const space = seat(fixture, "A", 1);
    const base = { showtimeId: fixture.showtime.id, carerDeclared: false };
    const undeclared = await Promise.all(Array.from({ length: 8 }, () => createUserFixture(db)));
    const [first, second] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
    const attemptSpace = () =>
      undeclared.map((user) =>
        holdSeats({ ...base, userId: user.id, wheelchairDeclared: false, seats: [{ seatId: space, ticketTypeId: adult.id }] }),
      );

    // Round 1: one standard seat goes while the other stays free: every undeclared attempt is refused.
    const round1 = await settle([
      holdSeats({ ...base, userId: first.id, wheelchairDeclared: false, seats: [{ seatId: seat(fixture, "A", 2), ticketTypeId: adult.id }] }),
      ...attemptSpace(),
    ]);
    expect(round1.ok).toBe(1);
    expect(round1.errors.every((e) => e instanceof InvalidError)).toBe(true);
    expect((await claimsOf(fixture.showtime.id)).some((c) => c.seatId === space)).toBe(false);

    // Round 2: the last standard seat goes at the same moment: at most one undeclared customer gets
    // the space, and only if the last seat really went.
    const round2 = await settle([
      holdSeats({ ...base, userId: second.id, wheelchairDeclared: false, seats: [{ seatId: seat(fixture, "A", 3), ticketTypeId: adult.id }] }),
      ...attemptSpace(),
    ]);
    const claims = await claimsOf(fixture.showtime.id);
    expect(claims.filter((c) => c.seatId === space).length).toBeLessThanOrEqual(1);
    expect(claims.some((c) => c.seatId === seat(fixture, "A", 3))).toBe(true);
    expect(round2.errors.every((e) => e instanceof InvalidError || e instanceof ConflictError)).toBe(true);

    // Once every other seat is taken the space is on general sale.
    if (!claims.some((c) => c.seatId === space)) {
      const late = await createUserFixture(db);
      await holdSeats({ ...base, userId: late.id, wheelchairDeclared: false, seats: [{ seatId: space, ticketTypeId: adult.id }] });
    }
    expect((await claimsOf(fixture.showtime.id)).filter((c) => c.seatId === space)).toHaveLength(1);
  });
});

describe("holdSeats rules", () => {
  it("takes over an expired hold and drops it from the first customer's cart", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss" });
    const adult = await ticketTypeByCode(db, "adult");
    const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
    const choice = { showtimeId: fixture.showtime.id, seats: [{ seatId: seat(fixture, "A", 1), ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false };
    await holdSeats({ ...choice, userId: alice.id }, { holdMinutes: 2 });
    await expect(holdSeats({ ...choice, userId: bob.id })).rejects.toBeInstanceOf(ConflictError);
    expect((await listCart(alice.id)).seatCount).toBe(1);

    process.env.MARQUEE_CLOCK_OFFSET_MS = String(3 * 60_000);
    expect((await listCart(alice.id)).seatCount).toBe(0);
    const held = await holdSeats({ ...choice, userId: bob.id });
    expect(held.seatIds).toEqual([seat(fixture, "A", 1)]);
    expect((await listCart(bob.id)).seatCount).toBe(1);
    const claims = await claimsOf(fixture.showtime.id);
    expect(claims).toHaveLength(1);
  });

  it("keeps a re-added seat's hold, or (newSeatsOnly, the API's POST) refuses it as already in the cart", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss" });
    const adult = await ticketTypeByCode(db, "adult");
    const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
    const choice = { showtimeId: fixture.showtime.id, seats: [{ seatId: seat(fixture, "A", 1), ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false };
    await holdSeats({ ...choice, userId: alice.id });
    await expect(holdSeats({ ...choice, userId: alice.id })).resolves.toMatchObject({ seatIds: [seat(fixture, "A", 1)] });
    await expect(holdSeats({ ...choice, userId: alice.id }, { newSeatsOnly: true })).rejects.toBeInstanceOf(SeatsAlreadyHeldError);
    await expect(holdSeats({ ...choice, userId: bob.id }, { newSeatsOnly: true })).rejects.toBeInstanceOf(SeatsTakenError);
  });

  it("refuses an 11th seat for one showtime, counting seats already held", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ssssssssssss" });
    const adult = await ticketTypeByCode(db, "adult");
    const user = await createUserFixture(db);
    const pick = (numbers: number[]) => numbers.map((n) => ({ seatId: seat(fixture, "A", n), ticketTypeId: adult.id }));
    const base = { userId: user.id, showtimeId: fixture.showtime.id, wheelchairDeclared: false, carerDeclared: false };
    await holdSeats({ ...base, seats: pick([1, 2, 3, 4, 5, 6]) });
    await expect(holdSeats({ ...base, seats: pick([7, 8, 9, 10, 11]) })).rejects.toThrow(/up to 10 seats/);
    await holdSeats({ ...base, seats: pick([7, 8, 9, 10]) });
    await expect(holdSeats({ ...base, seats: pick([11]) })).rejects.toBeInstanceOf(InvalidError);
    // Re-adding a seat already held is not a new seat.
    await holdSeats({ ...base, seats: pick([1]) });
    expect((await listCart(user.id)).seatCount).toBe(10);
  });

  it("refuses a 4th showtime in one cart", async () => {
    const db = await testDb();
    const adult = await ticketTypeByCode(db, "adult");
    const user = await createUserFixture(db);
    const fixtures = [];
    for (let i = 0; i < 4; i++) fixtures.push(await createShowtimeFixture(db, { layout: "ss" }));
    const hold = (f: Fixture) =>
      holdSeats({ userId: user.id, showtimeId: f.showtime.id, seats: [{ seatId: seat(f, "A", 1), ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false });
    for (const f of fixtures.slice(0, 3)) await hold(f);
    await expect(hold(fixtures[3])).rejects.toThrow(/up to 3 showtimes/);
    expect((await listCart(user.id)).showtimes).toHaveLength(3);
  });

  it("allows up to 3 companion seats per wheelchair space, only with the declaration", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ccccw\nsssss" });
    const adult = await ticketTypeByCode(db, "adult");
    const [user, other] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
    const pick = (numbers: number[]) => numbers.map((n) => ({ seatId: seat(fixture, "A", n), ticketTypeId: adult.id }));
    const base = { userId: user.id, showtimeId: fixture.showtime.id, carerDeclared: false };
    await expect(holdSeats({ ...base, wheelchairDeclared: false, seats: pick([5]) })).rejects.toThrow(/I need a wheelchair space/);
    await expect(holdSeats({ ...base, wheelchairDeclared: true, seats: pick([4]) })).rejects.toThrow(/add a wheelchair space first/);
    await holdSeats({ ...base, wheelchairDeclared: true, seats: pick([5, 4, 3]) });
    await holdSeats({ ...base, wheelchairDeclared: true, seats: pick([2]) });
    await expect(holdSeats({ ...base, wheelchairDeclared: true, seats: pick([1]) })).rejects.toThrow(/up to 3 companion seats/);
    await expect(releaseSeat({ userId: user.id, showtimeId: fixture.showtime.id, seatId: seat(fixture, "A", 5) })).rejects.toBeInstanceOf(InvalidError);
    await expect(
      holdSeats({ userId: other.id, showtimeId: fixture.showtime.id, carerDeclared: false, wheelchairDeclared: false, seats: pick([1]) }),
    ).rejects.toBeInstanceOf(InvalidError);
    expect((await listCart(user.id)).seatCount).toBe(4);
  });

  it("offers a free carer ticket only to a customer who declares they need a carer, with a paying ticket", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ssss" });
    const [adult, carer] = await Promise.all([ticketTypeByCode(db, "adult"), ticketTypeByCode(db, "carer")]);
    const user = await createUserFixture(db);
    const base = { userId: user.id, showtimeId: fixture.showtime.id, wheelchairDeclared: false };
    await expect(
      holdSeats({ ...base, carerDeclared: false, seats: [{ seatId: seat(fixture, "A", 1), ticketTypeId: adult.id }, { seatId: seat(fixture, "A", 2), ticketTypeId: carer.id }] }),
    ).rejects.toThrow(/I need a carer/);
    await expect(holdSeats({ ...base, carerDeclared: true, seats: [{ seatId: seat(fixture, "A", 2), ticketTypeId: carer.id }] })).rejects.toThrow(/paying ticket/);
    await holdSeats({
      ...base,
      carerDeclared: true,
      seats: [{ seatId: seat(fixture, "A", 1), ticketTypeId: adult.id }, { seatId: seat(fixture, "A", 2), ticketTypeId: carer.id }],
    });
    const cart = await listCart(user.id);
    expect(cart.showtimes[0].seats.map((s) => s.priceMinor)).toEqual([1000, 0]);
    expect(cart.showtimes[0].ticketTypes.some((t) => t.isCarer)).toBe(true);
  });

  it("offers only full-price types on a no-discounts showtime", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss" });
    await db.update(showtimes).set({ noDiscounts: true }).where(eq(showtimes.id, fixture.showtime.id));
    const [adult, child] = await Promise.all([ticketTypeByCode(db, "adult"), ticketTypeByCode(db, "child")]);
    const user = await createUserFixture(db);
    const base = { userId: user.id, showtimeId: fixture.showtime.id, wheelchairDeclared: false, carerDeclared: false };
    await expect(holdSeats({ ...base, seats: [{ seatId: seat(fixture, "A", 1), ticketTypeId: child.id }] })).rejects.toThrow(/no discounts/);
    await holdSeats({ ...base, seats: [{ seatId: seat(fixture, "A", 1), ticketTypeId: adult.id }] });
    await expect(
      changeHeldTicketType({ userId: user.id, showtimeId: fixture.showtime.id, seatId: seat(fixture, "A", 1), ticketTypeId: child.id }),
    ).rejects.toBeInstanceOf(InvalidError);
    expect((await listCart(user.id)).showtimes[0].ticketTypes.map((t) => t.name)).toEqual(["Adult"]);
  });

  it("refuses past and cancelled showtimes and seats of another screen", async () => {
    const db = await testDb();
    const adult = await ticketTypeByCode(db, "adult");
    const user = await createUserFixture(db);
    const past = await createShowtimeFixture(db, { layout: "ss", startsAt: new Date(Date.now() - 3600_000) });
    const cancelled = await createShowtimeFixture(db, { layout: "ss" });
    await db
      .update(showtimes)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(showtimes.id, cancelled.showtime.id));
    const hold = (f: Fixture, seatId = seat(f, "A", 1)) =>
      holdSeats({ userId: user.id, showtimeId: f.showtime.id, seats: [{ seatId, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false });
    await expect(hold(past)).rejects.toThrow(/already started/);
    await expect(hold(cancelled)).rejects.toThrow(/cancelled/);
    const open = await createShowtimeFixture(db, { layout: "ss" });
    await expect(hold(open, seat(past, "A", 1))).rejects.toThrow(/not in this screen/);
    expect(await claimsOf(past.showtime.id)).toHaveLength(0);
  });
});

describe("cart changes", () => {
  it("prices from the database, changes a ticket type, releases a seat and empties the cart", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "sspp", basePriceMinor: 1200, formatCode: "IMAX" });
    const [adult, child, senior] = await Promise.all(["adult", "child", "senior"].map((c) => ticketTypeByCode(db, c)));
    const user = await createUserFixture(db);
    const showtimeId = fixture.showtime.id;
    await holdSeats({
      userId: user.id,
      showtimeId,
      wheelchairDeclared: false,
      carerDeclared: false,
      seats: [
        { seatId: seat(fixture, "A", 1), ticketTypeId: adult.id },
        { seatId: seat(fixture, "A", 2), ticketTypeId: child.id },
        { seatId: seat(fixture, "A", 3), ticketTypeId: senior.id },
      ],
    });
    let cart = await listCart(user.id);
    // IMAX +£4, premium +£2.50, child 70 %, senior 80 %.
    expect(cart.showtimes[0].seats.map((s) => s.priceMinor)).toEqual([1600, 840 + 400, 960 + 400 + 250]);
    expect(cart.totals[0].totalMinor).toBe(1600 + 1240 + 1610);

    await changeHeldTicketType({ userId: user.id, showtimeId, seatId: seat(fixture, "A", 2), ticketTypeId: adult.id });
    await releaseSeat({ userId: user.id, showtimeId, seatId: seat(fixture, "A", 3) });
    cart = await listCart(user.id);
    expect(cart.showtimes[0].seats.map((s) => [s.number, s.ticketTypeName, s.priceMinor])).toEqual([
      [1, "Adult", 1600],
      [2, "Adult", 1600],
    ]);

    const stranger = await createUserFixture(db);
    await expect(releaseSeat({ userId: stranger.id, showtimeId, seatId: seat(fixture, "A", 1) })).rejects.toThrow(/not in your cart/);
    await emptyCart(user.id);
    expect((await listCart(user.id)).seatCount).toBe(0);
    expect(await claimsOf(showtimeId)).toHaveLength(0);
  });

  it("tidies long-expired holds without touching live ones or sales", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db, { layout: "ss" });
    const adult = await ticketTypeByCode(db, "adult");
    const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
    const hold = (userId: string, n: number) =>
      holdSeats({ userId, showtimeId: fixture.showtime.id, seats: [{ seatId: seat(fixture, "A", n), ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false });
    await hold(alice.id, 1);
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(2 * 3600_000);
    await hold(bob.id, 2);
    await deleteExpiredHolds({ olderThanMinutes: 60 });
    const left = await db
      .select({ seatId: seatClaims.seatId })
      .from(seatClaims)
      .where(and(eq(seatClaims.showtimeId, fixture.showtime.id)));
    expect(left.map((c) => c.seatId)).toEqual([seat(fixture, "A", 2)]);
  });
});
