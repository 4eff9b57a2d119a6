import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, tickets } from "@/db/schema";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats } from "@/test/fixtures/holds";
import { testDb, unique } from "@/test/database";
import { cancelOwnTickets } from "./changes";
import { checkInTicket } from "./check-in";
import { checkoutCart } from "./checkout";
import { signTicketCode } from "./ticket-codes";

let db: Db;
let adminId: string;
beforeAll(async () => {
  db = await testDb();
  adminId = (await createUserFixture(db, { role: "admin" })).id;
});

async function soldTicket() {
  const fixture = await createShowtimeFixture(db);
  const user = await createUserFixture(db);
  const adult = await ticketTypeByCode(db, "adult");
  await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
  const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
  const [ticket] = await db.select().from(tickets).where(eq(tickets.orderId, placed.id));
  return { ticket, placed, user };
}

describe("check-in", () => {
  it("admits a ticket once and tells the second scan when it was used", async () => {
    const { ticket, placed } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    const admitted = await checkInTicket(db, { adminId, signedCode: signed });
    expect(admitted).toMatchObject({ orderNumber: placed.number, rowLabel: "A", seatNumber: 1, status: "used" });
    await expect(checkInTicket(db, { adminId, signedCode: signed })).rejects.toThrow(/Already checked in: this ticket was used on/);
    const logged = await db.select().from(auditLog).where(and(eq(auditLog.action, "ticket.checked_in"), eq(auditLog.entityId, ticket.id)));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.actorUserId).toBe(adminId);
  });

  it("admits exactly one of two simultaneous scans", async () => {
    const { ticket } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    const results = await Promise.allSettled([checkInTicket(db, { adminId, signedCode: signed }), checkInTicket(db, { adminId, signedCode: signed })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a tampered code before looking it up, and a cancelled ticket", async () => {
    const { ticket, placed, user } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    const tampered = `${ticket.code.slice(0, -1)}${ticket.code.endsWith("a") ? "b" : "a"}.${signed.split(".")[1]}`;
    await expect(checkInTicket(db, { adminId, signedCode: tampered })).rejects.toThrow(/signature does not match/);
    await expect(checkInTicket(db, { adminId, signedCode: ticket.code })).rejects.toThrow(/signature does not match/);
    await cancelOwnTickets(db, { userId: user.id, orderNumber: placed.number }, {});
    await expect(checkInTicket(db, { adminId, signedCode: signed })).rejects.toThrow(/cancelled/);
  });
});
