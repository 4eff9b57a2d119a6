import "server-only";
import { now } from "@/lib/clock";
import { log } from "@/lib/log/logger";
import { watchSeatChanges } from "./seat-event-hub";
import { availabilityFor, loadAvailabilitySnapshot, snapshotExpiresAt, type AvailabilitySnapshot } from "./seat-map";

/**
 * Seat availability kept in this process per showtime, so every open seat map of a busy showtime costs
 * the database one query per change instead of one per viewer (docs/decisions/015-public-performance.md).
 * A snapshot is dropped when:
 *  - a seat change of its showtime arrives on the seat events (every writer NOTIFYs in its transaction,
 *    so every instance hears every change), or the listener reconnects (changes may have gone unheard);
 *  - the clock makes it false: the earliest hold in it runs out, or the show starts;
 *  - it is MAX_AGE_MS old, which bounds what a silently dead listener or an edit that sends no event
 *    (a showtime moved to another time) can show.
 * The snapshot holds no viewer: "yours" is worked out per request from the holders it keeps.
 */
const MAX_AGE_MS = 5_000;
/** Generous for one process: a snapshot of a 300-seat screen is ~60 KB. */
const MAX_ENTRIES = 500;

type Entry = { snapshot: AvailabilitySnapshot | null; validUntil: number };
/** One query per showtime at a time; `stale` once a change was heard while it ran. */
type Load = { promise: Promise<AvailabilitySnapshot | null>; stale: boolean };

const holder = globalThis as unknown as {
  marqueeAvailability?: { entries: Map<string, Entry>; loads: Map<string, Load>; watching?: Promise<boolean> };
};

function state() {
  holder.marqueeAvailability ??= { entries: new Map(), loads: new Map() };
  return holder.marqueeAvailability;
}

function invalidate(showtimeId: string | null) {
  const { entries, loads } = state();
  if (showtimeId === null) {
    entries.clear();
    for (const load of loads.values()) load.stale = true;
    return;
  }
  entries.delete(showtimeId);
  const load = loads.get(showtimeId);
  if (load) load.stale = true;
}

/** True once this process hears seat changes; until then (or if it cannot) every read goes to the database. */
async function listening(): Promise<boolean> {
  const current = state();
  current.watching ??= watchSeatChanges(invalidate).then(() => true, (error: unknown) => {
    log.error({ err: error }, "availability cache: no seat events, reading every request from the database");
    current.watching = undefined;
    return false;
  });
  return current.watching;
}

function remember(showtimeId: string, entry: Entry) {
  const { entries } = state();
  if (entries.size >= MAX_ENTRIES) {
    // Map keeps insertion order: drop the oldest snapshot.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(showtimeId, entry);
}

async function snapshotOf(showtimeId: string): Promise<AvailabilitySnapshot | null> {
  if (!(await listening())) return loadAvailabilitySnapshot(showtimeId);
  const { entries, loads } = state();
  const cached = entries.get(showtimeId);
  if (cached && cached.validUntil > now().getTime()) return cached.snapshot;
  const running = loads.get(showtimeId);
  if (running && !running.stale) return running.promise;
  const startedAt = now().getTime();
  const load: Load = { promise: loadAvailabilitySnapshot(showtimeId), stale: false };
  loads.set(showtimeId, load);
  try {
    const snapshot = await load.promise;
    // A change heard while the query ran may be missing from what it read: serve it, keep nothing.
    if (!load.stale) {
      const validUntil = Math.min(startedAt + MAX_AGE_MS, snapshot ? snapshotExpiresAt(snapshot) : Infinity);
      remember(showtimeId, { snapshot, validUntil });
    }
    return snapshot;
  } finally {
    if (loads.get(showtimeId) === load) loads.delete(showtimeId);
  }
}

/** Availability of one showtime for one viewer (null viewer: signed out); null for an unknown showtime. */
export async function getCachedSeatAvailability(showtimeId: string, viewerUserId: string | null) {
  const snapshot = await snapshotOf(showtimeId);
  return snapshot ? availabilityFor(snapshot, viewerUserId) : null;
}
