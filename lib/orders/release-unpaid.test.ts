import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { emails, orderChanges, orders, seatClaims, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { markOrderPaid } from "./admin";
import { checkoutCart } from "./checkout";
import { releaseUnpaidReservations } from "./release-unpaid";

let db: Db;
let adminId: string;
beforeAll(async () => {
  db = await testDb();
  adminId = (await createUserFixture(db, { role: "admin" })).id;
});

/** A pay-at-cinema order of two seats for a showtime starting `minutes` from now. */
async function reservationStartingIn(minutes: number) {
  const fixture = await createShowtimeFixture(db, { startsAt: new Date(Date.now() + minutes * 60_000) });
  const user = await createUserFixture(db);
  const adult = await ticketTypeByCode(db, "adult");
  await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: fixture.seats.slice(0, 2).map((s) => s.id), ticketTypeId: adult.id });
  const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
  return { fixture, user, placed };
}

const statusOf = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0];
const ticketStatuses = async (orderId: string) =>
  (await db.select({ status: tickets.status }).from(tickets).where(eq(tickets.orderId, orderId))).map((t) => t.status);

describe("releasing unpaid pay-at-cinema reservations before the showtime", () => {
  it("releases unpaid seats within 30 minutes of the start, emails the customer, and keeps paid or later ones", async () => {
    const due = await reservationStartingIn(20);
    const paid = await reservationStartingIn(20);
    const later = await reservationStartingIn(120);
    await markOrderPaid(db, { adminId, orderId: paid.placed.id });

    // Two instances sweeping at once release the order once.
    const [a, b] = await Promise.all([releaseUnpaidReservations(db), releaseUnpaidReservations(db)]);
    const mine = [...a, ...b].filter((r) => [due, paid, later].some((x) => x.placed.id === r.orderId));
    expect(mine.map((r) => r.orderId)).toEqual([due.placed.id]);

    expect(await ticketStatuses(due.placed.id)).toEqual(["cancelled", "cancelled"]);
    expect(await statusOf(due.placed.id)).toMatchObject({ status: "cancelled", paymentStatus: "unpaid", refundedMinor: 0 });
    expect(await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, due.fixture.showtime.id))).toEqual([]);
    const history = await db.select().from(orderChanges).where(and(eq(orderChanges.orderId, due.placed.id), eq(orderChanges.kind, "reservation_released")));
    expect(history).toHaveLength(2);
    const [mail] = await db.select().from(emails).where(and(eq(emails.to, due.user.email), eq(emails.template, "reservation-released")));
    expect(mail.subject).toContain(due.fixture.movie.title);
    expect(mail.text).toContain("Row A, seat 1; Row A, seat 2");
    expect(mail.text).toContain("30 minutes");

    expect(await ticketStatuses(paid.placed.id)).toEqual(["valid", "valid"]);
    expect(await ticketStatuses(later.placed.id)).toEqual(["valid", "valid"]);
    const liveClaims = await db.select().from(seatClaims).where(inArray(seatClaims.showtimeId, [paid.fixture.showtime.id, later.fixture.showtime.id]));
    expect(liveClaims).toHaveLength(4);
  });
});
