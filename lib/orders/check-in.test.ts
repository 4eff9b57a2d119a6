import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
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

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

/** Moves the one clock to `minutes` after the showtime's start (negative: before it). */
function clockAtShowtime(startsAt: Date, minutes: number) {
  process.env.MARQUEE_CLOCK_OFFSET_MS = String(startsAt.getTime() + minutes * 60_000 - Date.now());
}

async function soldTicket() {
  const fixture = await createShowtimeFixture(db);
  const user = await createUserFixture(db);
  const adult = await ticketTypeByCode(db, "adult");
  await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
  const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });
  const [ticket] = await db.select().from(tickets).where(eq(tickets.orderId, placed.id));
  return { ticket, placed, user, startsAt: fixture.showtime.startsAt };
}

describe("check-in", () => {
  it("admits a ticket once and tells the second scan when it was used", async () => {
    const { ticket, placed, startsAt } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    clockAtShowtime(startsAt, -15);
    const admitted = await checkInTicket(db, { staffId: adminId, signedCode: signed });
    expect(admitted).toMatchObject({ orderNumber: placed.number, rowLabel: "A", seatNumber: 1, status: "used" });
    await expect(checkInTicket(db, { staffId: adminId, signedCode: signed })).rejects.toThrow(/Already checked in: this ticket was used on/);
    const logged = await db.select().from(auditLog).where(and(eq(auditLog.action, "ticket.checked_in"), eq(auditLog.entityId, ticket.id)));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.actorUserId).toBe(adminId);
  });

  it("admits exactly one of two simultaneous scans", async () => {
    const { ticket, startsAt } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    clockAtShowtime(startsAt, 5);
    const results = await Promise.allSettled([checkInTicket(db, { staffId: adminId, signedCode: signed }), checkInTicket(db, { staffId: adminId, signedCode: signed })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a tampered code before looking it up, and a cancelled ticket", async () => {
    const { ticket, placed, user } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    const tampered = `${ticket.code.slice(0, -1)}${ticket.code.endsWith("a") ? "b" : "a"}.${signed.split(".")[1]}`;
    await expect(checkInTicket(db, { staffId: adminId, signedCode: tampered })).rejects.toThrow(/signature does not match/);
    await expect(checkInTicket(db, { staffId: adminId, signedCode: ticket.code })).rejects.toThrow(/signature does not match/);
    await cancelOwnTickets(db, { userId: user.id, orderNumber: placed.number }, {});
    await expect(checkInTicket(db, { staffId: adminId, signedCode: signed })).rejects.toThrow(/cancelled/);
  });

  it("admits a ticket only from 60 minutes before its showtime to 30 minutes after, saying why otherwise", async () => {
    const { ticket, startsAt } = await soldTicket();
    const signed = signTicketCode(ticket.code);
    // Days before: the scanner is told which showing the ticket is for and when the door opens.
    await expect(checkInTicket(db, { staffId: adminId, signedCode: signed })).rejects.toThrow(/Too early: this ticket is for Fixture .* Check-in opens at \d\d:\d\d\./);
    clockAtShowtime(startsAt, -61);
    await expect(checkInTicket(db, { staffId: adminId, signedCode: signed })).rejects.toThrow(/Too early/);
    clockAtShowtime(startsAt, 31);
    await expect(checkInTicket(db, { staffId: adminId, signedCode: signed })).rejects.toThrow(/Too late: .* Check-in closed at/);
    const [unchanged] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(unchanged.status).toBe("valid");
    clockAtShowtime(startsAt, 29);
    await expect(checkInTicket(db, { staffId: adminId, signedCode: signed })).resolves.toMatchObject({ status: "used" });
  });
});
