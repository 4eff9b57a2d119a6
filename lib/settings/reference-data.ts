import "server-only";
import { asc, eq } from "drizzle-orm";
import { listen, type Db, type Tx } from "@/db";
import { bookingPolicy, seatKindSurcharges, ticketTypes } from "@/db/schema";
import { log } from "@/lib/log/logger";
import { outsideRequest } from "@/lib/log/request-context";
import { DEFAULT_BOOKING_POLICY, type BookingPolicy } from "@/lib/orders/policy";
import type { SeatKind } from "@/lib/venues/seat-layout";

/**
 * The rows every hold, checkout, cart and seat map reads and only an admin changes: ticket types, seat
 * surcharges and the booking policy. One hold used to read them five times; this process keeps one copy
 * (docs/decisions/015-public-performance.md). The copy is dropped when:
 *  - this process saves a change (lib/settings/mutations.ts), at once;
 *  - any writer changes one of the tables: a trigger NOTIFYs (migration 0010), every instance LISTENs;
 *  - it is MAX_AGE_MS old, which bounds what a silently dead listener can keep.
 * A miss loads through the caller's executor, so it joins the caller's transaction: on PGlite's single
 * connection, a read beside an open transaction would wait for it for ever.
 */
export const REFERENCE_DATA_CHANNEL = "reference_data_changes";
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
  /** Bumped by every change heard, so a load that overlapped one is served once and not kept. */
  generation: number;
  listener?: "starting" | "on";
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

/**
 * True once this process hears changes; until then (or if it cannot) every read goes to the database.
 * The first caller starts the LISTEN without waiting for it: it may be inside a transaction, and on
 * PGlite the LISTEN queues behind that transaction.
 */
function listening(): boolean {
  const current = state();
  if (current.listener === undefined) {
    current.listener = "starting";
    // Outside the request: the listener's lines must not carry the first reader's request id for ever.
    outsideRequest(() => listen(REFERENCE_DATA_CHANNEL, forgetReferenceData, forgetReferenceData)).then(
      () => (current.listener = "on"),
      (error: unknown) => {
        log.error({ err: error }, "reference data: no change events, reading every request from the database");
        current.listener = undefined;
      },
    );
  }
  return current.listener === "on";
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
  if (!listening()) return load(db);
  const current = state();
  const startedAt = performance.now();
  if (current.copy && startedAt - current.copy.loadedAt < MAX_AGE_MS) return current.copy.data;
  const generation = current.generation;
  const data = await load(db);
  if (current.generation === generation) current.copy = { data, loadedAt: startedAt };
  return data;
}
