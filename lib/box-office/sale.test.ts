import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, orderChanges, orders, tickets } from "@/db/schema";
import { InvalidError } from "@/lib/errors";
import { checkoutCart } from "@/lib/orders/checkout";
import { signTicketCode } from "@/lib/orders/ticket-codes";
import { holdSeats } from "@/lib/booking/holds";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { claimKey } from "@/lib/orders/checkout";
import { checkInTicket } from "@/lib/orders/check-in";
import { holdForCounter, markPaidAtDesk, releaseCounterHolds, sellAtCounter } from "./sale";
import { listTodaysShowtimes } from "./queries";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

const WIDE = "ssssssssssss\nssssssssssss\nssssssssssss";

async function auditOf(action: string, entityId: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
}

async function counterSale(staffId: string, showtimeId: string, seatIds: string[], paymentMethod: "counter_cash" | "counter_card" = "counter_cash") {
  const adult = await ticketTypeByCode(db, "adult");
  await holdForCounter(staffId, { showtimeId, seats: seatIds.map((seatId) => ({ seatId, ticketTypeId: adult.id })), wheelchairDeclared: false, carerDeclared: false });
  return sellAtCounter(db, staffId, {
    idempotencyKey: crypto.randomUUID(),
    expectedSeats: seatIds.map((seatId) => claimKey({ showtimeId, seatId })),
    paymentMethod,
  });
}

describe("a counter sale", () => {
  it("is paid at once, on the box_office channel, with the counter method, and audited with the staff member as actor", async () => {
    const fixture = await createShowtimeFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const placed = await counterSale(staff.id, fixture.showtime.id, [fixture.seats[0].id, fixture.seats[1].id], "counter_card");
    expect(placed.created).toBe(true);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order).toMatchObject({ userId: staff.id, channel: "box_office", paymentMethod: "counter_card", paymentStatus: "paid", payBy: null });
    expect(await db.select().from(tickets).where(eq(tickets.orderId, placed.id))).toHaveLength(2);
    const [entry] = await auditOf("order.sold_at_counter", placed.id);
    expect(entry).toMatchObject({ actorUserId: staff.id, entityType: "order", details: { number: placed.number, paymentMethod: "counter_card", seats: 2 } });
  });

  it("is not held to the per-customer ticket cap, and its tickets never count against the seller's own cap", async () => {
    const fixture = await createShowtimeFixture(db, { layout: WIDE });
    const staff = await createUserFixture(db, { role: "staff" });
    const ids = fixture.seats.map((s) => s.id);
    // 8 + 8 walk-ins: past the cap of 10 a customer would meet.
    await counterSale(staff.id, fixture.showtime.id, ids.slice(0, 8));
    const second = await counterSale(staff.id, fixture.showtime.id, ids.slice(8, 16));
    expect(second.created).toBe(true);
    const sold = await db.select({ id: tickets.id }).from(tickets).innerJoin(orders, eq(orders.id, tickets.orderId)).where(eq(orders.userId, staff.id));
    expect(sold).toHaveLength(16);

    // Online, the staff member is an ordinary customer: the cap applies, counting online orders only.
    const adult = await ticketTypeByCode(db, "adult");
    const choice = { userId: staff.id, showtimeId: fixture.showtime.id, wheelchairDeclared: false, carerDeclared: false };
    await holdSeats({ ...choice, seats: ids.slice(16, 24).map((seatId) => ({ seatId, ticketTypeId: adult.id })) });
    await checkoutCart(db, { userId: staff.id, idempotencyKey: unique("key") });
    const refused = await holdSeats({ ...choice, seats: ids.slice(16 + 8, 16 + 8 + 3).map((seatId) => ({ seatId, ticketTypeId: adult.id })) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidError);
    expect((refused as Error).message).toMatch(/you already have 8 in your orders/);
  });

  it("the same cart sold online to a customer is still capped", async () => {
    const fixture = await createShowtimeFixture(db, { layout: WIDE });
    const customer = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: customer.id, showtimeId: fixture.showtime.id, seatIds: fixture.seats.slice(0, 11).map((s) => s.id), ticketTypeId: adult.id });
    await expect(checkoutCart(db, { userId: customer.id, idempotencyKey: unique("key") })).rejects.toThrow(/up to 10 tickets for one showtime/);
  });

  it("refuses a payment method that is not the counter's", async () => {
    const fixture = await createShowtimeFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: staff.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const sale = { idempotencyKey: crypto.randomUUID(), expectedSeats: [claimKey({ showtimeId: fixture.showtime.id, seatId: fixture.seats[0].id })] };
    await expect(sellAtCounter(db, staff.id, { ...sale, paymentMethod: "pay_at_cinema" as "counter_cash" })).rejects.toThrow(/cash or card terminal/);
    expect(await db.select().from(orders).where(eq(orders.userId, staff.id))).toHaveLength(0);
  });

  it("a repeated submit makes one order and one audit entry", async () => {
    const fixture = await createShowtimeFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: staff.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const sale = { idempotencyKey: crypto.randomUUID(), expectedSeats: [claimKey({ showtimeId: fixture.showtime.id, seatId: fixture.seats[0].id })], paymentMethod: "counter_cash" as const };
    const first = await sellAtCounter(db, staff.id, sale);
    const again = await sellAtCounter(db, staff.id, sale);
    expect(again).toEqual({ ...first, created: false });
    expect(await auditOf("order.sold_at_counter", first.id)).toHaveLength(1);
  });

  it("releasing the held seats frees them and is audited", async () => {
    const fixture = await createShowtimeFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const adult = await ticketTypeByCode(db, "adult");
    await holdForCounter(staff.id, { showtimeId: fixture.showtime.id, seats: [{ seatId: fixture.seats[0].id, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false });
    await releaseCounterHolds(db, staff.id);
    const [today] = await listTodaysShowtimes(db, fixture.cinema.id, fixture.showtime.startsAt);
    expect(today).toMatchObject({ held: 0, sold: 0, free: 8 });
    const logged = await db.select().from(auditLog).where(and(eq(auditLog.action, "box_office.holds_released"), eq(auditLog.actorUserId, staff.id)));
    expect(logged).toHaveLength(1);
  });
});

describe("the desk and the door", () => {
  it("marks a pay-at-cinema order paid by its number, once, audited with the staff member", async () => {
    const fixture = await createShowtimeFixture(db);
    const customer = await createUserFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: customer.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const placed = await checkoutCart(db, { userId: customer.id, idempotencyKey: unique("key") });
    await expect(markPaidAtDesk(db, staff.id, "MQ-ZZZZZZ")).rejects.toThrow(/No order has this number/);
    await markPaidAtDesk(db, staff.id, placed.number);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order.paymentStatus).toBe("paid");
    await expect(markPaidAtDesk(db, staff.id, placed.number)).rejects.toThrow(/already paid/);
    const [entry] = await auditOf("order.payment_marked", placed.id);
    expect(entry?.actorUserId).toBe(staff.id);
    const [change] = await db.select().from(orderChanges).where(and(eq(orderChanges.orderId, placed.id), eq(orderChanges.kind, "payment_marked")));
    expect(change?.actorUserId).toBe(staff.id);
  });

  it("admits a ticket sold at the counter once, audited with the staff member", async () => {
    const fixture = await createShowtimeFixture(db);
    const staff = await createUserFixture(db, { role: "staff" });
    const placed = await counterSale(staff.id, fixture.showtime.id, [fixture.seats[0].id]);
    const [ticket] = await db.select().from(tickets).where(eq(tickets.orderId, placed.id));
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(fixture.showtime.startsAt.getTime() - 10 * 60_000 - Date.now());
    await expect(checkInTicket(db, { staffId: staff.id, signedCode: signTicketCode(ticket.code) })).resolves.toMatchObject({ paymentStatus: "paid", status: "used" });
    await expect(checkInTicket(db, { staffId: staff.id, signedCode: signTicketCode(ticket.code) })).rejects.toThrow(/Already checked in/);
    const [entry] = await auditOf("ticket.checked_in", ticket.id);
    expect(entry?.actorUserId).toBe(staff.id);
  });
});

describe("today's showtimes at a cinema", () => {
  it("lists the cinema's showtimes on today's date in its time zone with seats sold, held and free", async () => {
    // Noon UTC three days out: 12:00 or 13:00 in the fixture cinema's Europe/London, far from midnight.
    const noon = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 3 * 86_400_000 + 12 * 3600_000);
    const fixture = await createShowtimeFixture(db, { startsAt: noon });
    const staff = await createUserFixture(db, { role: "staff" });
    await counterSale(staff.id, fixture.showtime.id, [fixture.seats[0].id, fixture.seats[1].id]);
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: (await createUserFixture(db)).id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[2].id], ticketTypeId: adult.id, minutes: 5 * 24 * 60 });
    const anHourBefore = new Date(noon.getTime() - 3600_000);
    const listed = (await listTodaysShowtimes(db, fixture.cinema.id, anHourBefore)).find((s) => s.id === fixture.showtime.id);
    expect(listed).toMatchObject({ capacity: 8, sold: 2, held: 1, free: 5, onSale: true });
    // Two days before, it is not today's.
    const earlier = await listTodaysShowtimes(db, fixture.cinema.id, new Date(fixture.showtime.startsAt.getTime() - 2 * 86_400_000));
    expect(earlier.find((s) => s.id === fixture.showtime.id)).toBeUndefined();
    // After it started it is still listed (the door admits it) but no longer on sale.
    const started = await listTodaysShowtimes(db, fixture.cinema.id, new Date(fixture.showtime.startsAt.getTime() + 60_000));
    expect(started.find((s) => s.id === fixture.showtime.id)).toMatchObject({ onSale: false, sold: 2 });
  });
});
