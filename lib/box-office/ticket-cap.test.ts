import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db";
import { orders } from "@/db/schema";
import { holdSeats } from "@/lib/booking/holds";
import { claimKey, checkoutCart } from "@/lib/orders/checkout";
import { testDb, unique } from "@/test/database";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdForCounter, sellAtCounter } from "./sale";

// A cap of 2 tickets per customer per showtime for this file only (the settings row is shared by every test file).
vi.mock("@/lib/orders/pricing-inputs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/orders/pricing-inputs")>();
  return { ...actual, loadBookingPolicy: async (...args: Parameters<typeof actual.loadBookingPolicy>) => ({ ...(await actual.loadBookingPolicy(...args)), maxTicketsPerShowtime: 2 }) };
});

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe("the per-customer ticket cap (2 here) and the box office", () => {
  it("holds a customer to it, online, when holding and at checkout", async () => {
    const fixture = await createShowtimeFixture(db);
    const customer = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    const seats = fixture.seats.slice(0, 3).map((s) => ({ seatId: s.id, ticketTypeId: adult.id }));
    await expect(holdSeats({ userId: customer.id, showtimeId: fixture.showtime.id, seats, wheelchairDeclared: false, carerDeclared: false })).rejects.toThrow(/up to 2 tickets/);
    await putInCart(db, { userId: customer.id, showtimeId: fixture.showtime.id, seatIds: fixture.seats.slice(0, 3).map((s) => s.id), ticketTypeId: adult.id });
    await expect(checkoutCart(db, { userId: customer.id, idempotencyKey: unique("key") })).rejects.toThrow(/up to 2 tickets/);
  });

  it("does not apply to a counter sale: staff hold and sell 3 at once", async () => {
    const fixture = await createShowtimeFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const adult = await ticketTypeByCode(db, "adult");
    const picked = fixture.seats.slice(0, 3);
    await holdForCounter(staff.id, { showtimeId: fixture.showtime.id, seats: picked.map((s) => ({ seatId: s.id, ticketTypeId: adult.id })), wheelchairDeclared: false, carerDeclared: false });
    const placed = await sellAtCounter(db, staff.id, {
      idempotencyKey: crypto.randomUUID(),
      expectedSeats: picked.map((s) => claimKey({ showtimeId: fixture.showtime.id, seatId: s.id })),
      paymentMethod: "counter_cash",
    });
    const [order] = await db.select({ channel: orders.channel, paymentStatus: orders.paymentStatus }).from(orders).where(eq(orders.id, placed.id));
    expect(order).toEqual({ channel: "box_office", paymentStatus: "paid" });
  });
});
