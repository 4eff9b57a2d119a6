import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { bookingPolicy, seatKindSurcharges, ticketTypes } from "@/db/schema";
import { DEFAULT_BOOKING_POLICY, type BookingPolicy } from "@/lib/orders/policy";
import type { SeatKind } from "@/lib/venues/seat-layout";

/**
 * The rows every hold, checkout, cart and seat map reads and only an admin changes: ticket types, seat
 * surcharges and the booking policy. One hold used to read them five times; this process keeps one copy
 * (docs/decisions/015-public-performance.md). The copy is dropped at once when this process saves a
 * change (lib/settings/mutations.ts), and is never older than MAX_AGE_MS, which is how long another
 * instance, a seed or psql takes to be seen. No LISTEN: 5 s is what an admin edit may take to show anyway.
 * A miss loads through the caller's executor, so it joins the caller's transaction: on PGlite's single
 * connection, a read beside an open transaction would wait for it for ever.
 */
const MAX_AGE_MS = 5_000;

export type TicketTypeRow = typeof ticketTypes.$inferSelect;

export type ReferenceData = {
  /** Every ticket type, on sale or withdrawn, in display order. */
  ticketTypes: TicketTypeRow[];
  ticketTypeById: ReadonlyMap<string, TicketTypeRow>;
  seatKindSurcharges: Partial<Record<SeatKind, number>>;
  policy: BookingPolicy;
};

type State = {
  copy?: { data: ReferenceData; loadedAt: number };
  /** Bumped by every save, so a load that overlapped one is served once and not kept. */
  generation: number;
};

const holder = globalThis as unknown as { marqueeReferenceData?: State };

function state(): State {
  holder.marqueeReferenceData ??= { generation: 0 };
  return holder.marqueeReferenceData;
}

/** Drops this process's copy; the next reader loads the tables again. */
export function forgetReferenceData() {
  const current = state();
  current.generation++;
  current.copy = undefined;
}

async function load(db: Db | Tx): Promise<ReferenceData> {
  const [typeRows, surchargeRows, [policy]] = await Promise.all([
    db.select().from(ticketTypes).orderBy(asc(ticketTypes.sortOrder), asc(ticketTypes.name)),
    db.select({ kind: seatKindSurcharges.kind, surchargeMinor: seatKindSurcharges.surchargeMinor }).from(seatKindSurcharges),
    db
      .select({
        bookingFeeMinor: bookingPolicy.bookingFeeMinor,
        cutoffMinutes: bookingPolicy.cutoffMinutes,
        cancellationFeePercent: bookingPolicy.cancellationFeePercent,
        refundBookingFee: bookingPolicy.refundBookingFee,
        maxTicketsPerShowtime: bookingPolicy.maxTicketsPerShowtime,
        releaseUnpaidMinutes: bookingPolicy.releaseUnpaidMinutes,
        checkInOpensMinutes: bookingPolicy.checkInOpensMinutes,
        checkInClosesMinutes: bookingPolicy.checkInClosesMinutes,
      })
      .from(bookingPolicy)
      .where(eq(bookingPolicy.id, 1)),
  ]);
  return {
    ticketTypes: typeRows,
    ticketTypeById: new Map(typeRows.map((t) => [t.id, t])),
    seatKindSurcharges: Object.fromEntries(surchargeRows.map((r) => [r.kind, r.surchargeMinor])),
    policy: policy ?? DEFAULT_BOOKING_POLICY,
  };
}

export async function referenceData(db: Db | Tx): Promise<ReferenceData> {
  const current = state();
  const startedAt = performance.now();
  if (current.copy && startedAt - current.copy.loadedAt < MAX_AGE_MS) return current.copy.data;
  const generation = current.generation;
  const data = await load(db);
  if (current.generation === generation) current.copy = { data, loadedAt: startedAt };
  return data;
}
