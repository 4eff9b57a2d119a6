import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, orderChanges, orders, seatClaims, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { markOrderPaid, markOrderRefunded } from "./admin";
import { checkoutCart } from "./checkout";

let db: Db;
let adminId: string;
beforeAll(async () => {
  db = await testDb();
  adminId = (await createUserFixture(db, { role: "admin" })).id;
});

async function reservation(seatCount = 2) {
  const fixture = await createShowtimeFixture(db);
  const user = await createUserFixture(db);
  const adult = await ticketTypeByCode(db, "adult");
  const seatIds = fixture.seats.slice(0, seatCount).map((s) => s.id);
  await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds, ticketTypeId: adult.id });
  const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
  return { fixture, placed };
}

describe("an admin marks a reservation paid at the box office", () => {
  it("marks it paid once, in the order history and the audit log", async () => {
    const { placed } = await reservation();
    const result = await markOrderPaid(db, { adminId, orderId: placed.id });
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order).toMatchObject({ paymentStatus: "paid", payBy: null });
    expect(result.amountMinor).toBe(order.totalMinor);
    const history = await db.select().from(orderChanges).where(and(eq(orderChanges.orderId, placed.id), eq(orderChanges.kind, "payment_marked")));
    expect(history).toHaveLength(1);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, placed.id), eq(auditLog.action, "order.payment_marked")));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorUserId).toBe(adminId);
    await expect(markOrderPaid(db, { adminId, orderId: placed.id })).rejects.toThrow("already paid");
  });
});

describe("an admin marks a paid order refunded", () => {
  it("voids its tickets and frees their seats", async () => {
    const { fixture, placed } = await reservation();
    await markOrderPaid(db, { adminId, orderId: placed.id });
    await markOrderRefunded(db, { adminId, orderId: placed.id, reason: "Customer could not come" });

    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order).toMatchObject({ paymentStatus: "refunded", refundedMinor: order.totalMinor, status: "cancelled" });
    const sold = await db.select().from(tickets).where(eq(tickets.orderId, placed.id));
    expect(sold.map((t) => t.status)).toEqual(["cancelled", "cancelled"]);
    expect(await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, fixture.showtime.id))).toEqual([]);
  });
});
