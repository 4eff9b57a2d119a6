import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { InvalidError, RateLimitedError } from "@/lib/errors";
import { checkoutCart } from "@/lib/orders/checkout";
import { placeOrder } from "@/lib/orders/place-order";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { holdSeats } from "./holds";

/** One account cannot reserve a screening: a cap across orders, and throttled holds and checkouts. */
let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe("live tickets per customer per showtime", () => {
  it("counts the tickets of earlier orders against the cap (10 by default)", async () => {
    const fixture = await createShowtimeFixture(db, { layout: "ssssssssssss\nssssssssssss" });
    const user = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: fixture.seats.slice(0, 8).map((s) => s.id), ticketTypeId: adult.id });
    await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });

    const pick = (from: number, n: number) => fixture.seats.slice(from, from + n).map((s) => ({ seatId: s.id, ticketTypeId: adult.id }));
    const choice = { userId: user.id, showtimeId: fixture.showtime.id, wheelchairDeclared: false, carerDeclared: false };
    const refused = await holdSeats({ ...choice, seats: pick(8, 3) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as Error).message).toBe("You can have up to 10 tickets for one showtime; you already have 8 in your orders, so you can add 2 more.");
    await holdSeats({ ...choice, seats: pick(8, 2) });

    // A cart filled behind the cap's back (another order placed meanwhile) is refused at checkout.
    await putInCart(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[10].id], ticketTypeId: adult.id });
    await expect(checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") })).rejects.toThrow(/up to 10 tickets for one showtime/);
  });
});

describe("rate limits per customer", () => {
  it("throttles seat holds after 30 in five minutes", async () => {
    const fixture = await createShowtimeFixture(db, { layout: "ss" });
    const user = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    const choice = { userId: user.id, showtimeId: fixture.showtime.id, seats: [{ seatId: fixture.seats[0].id, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false };
    for (let i = 0; i < 30; i++) await holdSeats(choice);
    const error = await holdSeats(choice).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).status).toBe(429);
  });

  it("throttles checkouts after 10 in fifteen minutes, failed ones included", async () => {
    const user = await createUserFixture(db);
    for (let i = 0; i < 10; i++) await expect(placeOrder({ userId: user.id, idempotencyKey: unique("key") })).rejects.toThrow(/cart is empty/);
    await expect(placeOrder({ userId: user.id, idempotencyKey: unique("key") })).rejects.toBeInstanceOf(RateLimitedError);
  });
});
