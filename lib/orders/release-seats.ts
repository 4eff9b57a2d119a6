import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { seatClaims, tickets } from "@/db/schema";
import { notifySeatRows } from "@/lib/booking/seat-events";

/**
 * Voids still-valid tickets and puts their seats back on sale in the same transaction, telling open
 * seat maps once it commits. Nothing is refunded here: the caller decides what, if anything, is owed.
 */
export async function releaseTickets(tx: Tx, ticketIds: string[], at: Date) {
  if (ticketIds.length === 0) return [];
  const voided = await tx
    .update(tickets)
    .set({ status: "cancelled", cancelledAt: at, refundMinor: 0 })
    .where(and(inArray(tickets.id, ticketIds), eq(tickets.status, "valid")))
    .returning({ id: tickets.id });
  const freed = await tx
    .delete(seatClaims)
    .where(inArray(seatClaims.ticketId, voided.map((t) => t.id)))
    .returning({ showtimeId: seatClaims.showtimeId, seatId: seatClaims.seatId });
  await notifySeatRows(tx, freed, "available");
  return voided.map((t) => t.id);
}
