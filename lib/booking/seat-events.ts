import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db";
import { log } from "@/lib/log/logger";

/**
 * Seat changes pushed to open seat maps (docs/decisions/014-live-seats.md). The writer calls
 * notifySeatChanges inside the transaction that changes seat_claims: PostgreSQL delivers a NOTIFY only
 * at commit, so a rolled-back hold tells nobody anything. The event is anonymous — "held", never whose.
 */
export const SEAT_CHANNEL = "seat_changes";

export const seatChangeSchema = z.object({
  seatId: z.uuid(),
  status: z.enum(["held", "available", "sold"]),
});

export const seatEventSchema = z.union([
  z.object({ showtimeId: z.uuid(), seats: z.array(seatChangeSchema).min(1) }).strict(),
  // Too many seats for one NOTIFY (or the listener reconnected): viewers refetch the whole map.
  z.object({ showtimeId: z.uuid(), refresh: z.literal(true) }).strict(),
]);

export type SeatChange = z.infer<typeof seatChangeSchema>;
export type SeatEvent = z.infer<typeof seatEventSchema>;

/** PostgreSQL refuses payloads of 8000 bytes or more; stay well clear (a change is ~70 bytes). */
const MAX_PAYLOAD_BYTES = 7000;

export function seatEventPayload(showtimeId: string, changes: SeatChange[]): string {
  const full = JSON.stringify({ showtimeId, seats: changes } satisfies SeatEvent);
  if (Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES) return full;
  return JSON.stringify({ showtimeId, refresh: true } satisfies SeatEvent);
}

/** Queues the NOTIFY in `tx`; sent when (and only if) the transaction commits. */
export async function notifySeatChanges(tx: Tx, showtimeId: string, changes: SeatChange[]) {
  if (changes.length === 0) return;
  await tx.execute(sql`select pg_notify(${SEAT_CHANNEL}, ${seatEventPayload(showtimeId, changes)})`);
}

/** Tells open seat maps of a showtime to refetch everything (a change too broad to list). */
export async function notifySeatRefresh(tx: Tx, showtimeId: string) {
  await tx.execute(sql`select pg_notify(${SEAT_CHANNEL}, ${JSON.stringify({ showtimeId, refresh: true } satisfies SeatEvent)})`);
}

/** The same status for many seats, grouped by showtime: one NOTIFY per showtime touched. */
export async function notifySeatRows(tx: Tx, rows: { showtimeId: string; seatId: string }[], status: SeatChange["status"]) {
  const byShowtime = new Map<string, SeatChange[]>();
  for (const row of rows) {
    const list = byShowtime.get(row.showtimeId) ?? [];
    list.push({ seatId: row.seatId, status });
    byShowtime.set(row.showtimeId, list);
  }
  for (const [showtimeId, changes] of byShowtime) await notifySeatChanges(tx, showtimeId, changes);
}

/** A notification's text, checked; null for anything else on the channel (logged, never thrown). */
export function parseSeatEvent(payload: string): SeatEvent | null {
  try {
    const parsed = seatEventSchema.safeParse(JSON.parse(payload));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: fall through to the log line below.
  }
  log.error(`${SEAT_CHANNEL}: ignored a malformed notification`);
  return null;
}
