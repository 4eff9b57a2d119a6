import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { emails, orders, seatClaims, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { claimKey, checkoutCart, SeatsLostError } from "./checkout";
import { sendOrderConfirmation } from "./notifications";
import { verifyTicketCode } from "./ticket-codes";

let db: Db;
let adultId: string;
beforeAll(async () => {
  db = await testDb();
  adultId = (await ticketTypeByCode(db, "adult")).id;
});

async function customerWithHolds(seatCount = 2, minutes = 10) {
  const fixture = await createShowtimeFixture(db);
  const user = await createUserFixture(db);
  const seatIds = fixture.seats.slice(0, seatCount).map((s) => s.id);
  await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds, ticketTypeId: adultId, minutes });
  return { fixture, user, seatIds };
}

describe("checkoutCart", () => {
  it("turns the cart's holds into sold tickets of one order, and emails QR codes and a calendar file", async () => {
    const { fixture, user, seatIds } = await customerWithHolds(2);
    const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
    expect(placed.created).toBe(true);
    expect(placed.number).toMatch(/^MQ-[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);

    const [order] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(order).toMatchObject({ status: "confirmed", paymentStatus: "unpaid", paymentMethod: "pay_at_cinema" });
    expect(order.payBy?.getTime()).toBe(fixture.showtime.startsAt.getTime());
    expect(order.totalMinor).toBe(order.subtotalMinor + order.bookingFeeMinor);
    const sold = await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, fixture.showtime.id));
    expect(sold).toHaveLength(2);
    for (const claim of sold) {
      expect(claim.cartId).toBeNull();
      expect(claim.ticketId).not.toBeNull();
      expect(seatIds).toContain(claim.seatId);
    }

    await sendOrderConfirmation(db, placed.id);
    const [mail] = await db.select().from(emails).where(eq(emails.to, user.email));
    expect(mail.subject).toContain(placed.number);
    expect(mail.html).toContain(fixture.movie.title);
    const qrImages = mail.html.match(/\/api\/orders\/qr\/[0-9a-f]{32}\.[A-Za-z0-9_-]{43}/g) ?? [];
    expect(qrImages).toHaveLength(2);
    for (const image of qrImages) expect(verifyTicketCode(image.split("/").at(-1) ?? "")).not.toBeNull();
    expect(mail.attachments.filter((a) => a.contentType === "image/png")).toHaveLength(2);
    const calendars = mail.attachments.filter((a) => a.filename.endsWith(".ics"));
    expect(calendars).toHaveLength(1);
    expect(Buffer.from(calendars[0].base64, "base64").toString()).toContain("1 Test Street");
    expect(mail.text).toContain("You can cancel or change tickets up to 2 hours before the showtime.");
  });

  it("creates one order for two concurrent submits with the same idempotency key", async () => {
    const { user } = await customerWithHolds(2);
    const idempotencyKey = unique("key");
    const [a, b] = await Promise.all([
      checkoutCart(db, { userId: user.id, idempotencyKey }),
      checkoutCart(db, { userId: user.id, idempotencyKey }),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const userOrders = await db.select().from(orders).where(eq(orders.userId, user.id));
    expect(userOrders).toHaveLength(1);
    const sold = await db.select().from(tickets).where(eq(tickets.orderId, a.id));
    expect(sold).toHaveLength(2);
  });

  it("refuses an empty cart with a clear message", async () => {
    const user = await createUserFixture(db);
    await expect(checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") })).rejects.toThrow(/cart is empty/);
  });

  it("sells nothing when a seat's hold expired, names that seat, and keeps the rest in the cart", async () => {
    const { fixture, user, seatIds } = await customerWithHolds(2);
    const expected = seatIds.map((seatId) => claimKey({ showtimeId: fixture.showtime.id, seatId }));
    // The first seat's hold runs out before the order is placed.
    await db
      .update(seatClaims)
      .set({ heldUntil: new Date(Date.now() - 1000) })
      .where(and(eq(seatClaims.showtimeId, fixture.showtime.id), eq(seatClaims.seatId, seatIds[0])));

    const error = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), expectedSeats: expected }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeatsLostError);
    const lost = (error as SeatsLostError).lostSeats;
    const first = fixture.seats[0];
    expect(lost.map((s) => s.seatId)).toEqual([seatIds[0]]);
    expect((error as Error).message).toContain(`Row ${first.rowLabel}, seat ${first.number}`);
    expect(await db.select().from(orders).where(eq(orders.userId, user.id))).toHaveLength(0);
    const [kept] = await db
      .select()
      .from(seatClaims)
      .where(and(eq(seatClaims.showtimeId, fixture.showtime.id), eq(seatClaims.seatId, seatIds[1])));
    expect(kept.cartId).not.toBeNull();
    expect(kept.ticketId).toBeNull();
  });

  it("sells nothing when another cart took over an expired hold", async () => {
    const { fixture, user, seatIds } = await customerWithHolds(2, -1);
    const expected = seatIds.map((seatId) => claimKey({ showtimeId: fixture.showtime.id, seatId }));
    const rival = await createUserFixture(db);
    // The other customer's claim takes over the expired row (as holds.ts's ON CONFLICT does).
    await db.delete(seatClaims).where(and(eq(seatClaims.showtimeId, fixture.showtime.id), eq(seatClaims.seatId, seatIds[0])));
    await holdSeats(db, { userId: rival.id, showtimeId: fixture.showtime.id, seatIds: [seatIds[0]], ticketTypeId: adultId });
    const error = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), expectedSeats: expected }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeatsLostError);
    expect((error as SeatsLostError).lostSeats.map((s) => s.seatId).sort()).toEqual([...seatIds].sort());
    expect(await db.select().from(tickets).where(eq(tickets.showtimeId, fixture.showtime.id))).toHaveLength(0);
  });

  it("races an expiring hold: the seat is either sold to the cart or taken by the rival, never both", async () => {
    for (let round = 0; round < 4; round++) {
      const { fixture, user, seatIds } = await customerWithHolds(1, 0.001 * (round + 1));
      const expected = [claimKey({ showtimeId: fixture.showtime.id, seatId: seatIds[0] })];
      const rival = await createUserFixture(db);
      const rivalCart = await holdSeats(db, { userId: rival.id, showtimeId: fixture.showtime.id, seatIds: [], ticketTypeId: adultId });
      const takeOver = async () => {
        // What holds.ts does: take the row over only once it has expired (and so was not sold).
        const taken = await db.execute(sql`
          insert into seat_claims (showtime_id, seat_id, cart_id, held_until, ticket_type_id)
          values (${fixture.showtime.id}, ${seatIds[0]}, ${rivalCart}, now() + interval '10 minutes', ${adultId})
          on conflict (showtime_id, seat_id) do update set cart_id = excluded.cart_id, held_until = excluded.held_until
          where seat_claims.held_until < now()
          returning seat_id`);
        return (Array.isArray(taken) ? taken : (taken as { rows: unknown[] }).rows).length > 0;
      };
      const rivalLoop = (async () => {
        for (let i = 0; i < 50; i++) {
          if (await takeOver()) return true;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return false;
      })();
      const [checkout, rivalWon] = await Promise.allSettled([
        new Promise((resolve) => setTimeout(resolve, round * 3)).then(() =>
          checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), expectedSeats: expected }),
        ),
        rivalLoop,
      ]);
      const sold = await db.select().from(tickets).where(eq(tickets.showtimeId, fixture.showtime.id));
      const [claim] = await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, fixture.showtime.id));
      if (checkout.status === "fulfilled") {
        expect(sold).toHaveLength(1);
        expect(claim.ticketId).toBe(sold[0].id);
        expect(rivalWon).toEqual({ status: "fulfilled", value: false });
      } else {
        expect(checkout.reason).toBeInstanceOf(SeatsLostError);
        expect(sold).toHaveLength(0);
        expect(claim.cartId).toBe(rivalCart);
      }
    }
  });
});
