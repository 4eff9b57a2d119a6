import "server-only";
import { and, asc, eq, gt, lt, ne, or, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { cinemas, movies, showtimes } from "@/db/schema";
import { isConstraintViolation } from "@/lib/postgres/errors";
import { ConflictError } from "@/lib/errors";
import { formatShowDateTime, formatShowTime } from "@/lib/time/format";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

export type Slot = { startsAt: Date; endsAt: Date };

/**
 * Scheduled showtimes on a screen that overlap any of `slots`. The domain checks first for a
 * message naming the clash; the showtimes_no_overlap exclusion constraint still decides races.
 */
export async function findClashes(tx: Tx | Db, screenId: string, slots: Slot[], excludeId?: string) {
  if (slots.length === 0) return [];
  const overlapsAny = or(...slots.map((s) => and(lt(showtimes.startsAt, s.endsAt), gt(showtimes.endsAt, s.startsAt)))) as SQL;
  return withShowtimeDetails(tx
    .select({ id: showtimes.id, startsAt: showtimes.startsAt, endsAt: showtimes.endsAt, title: movies.title, timeZone: cinemas.timeZone })
    .from(showtimes)
    .$dynamic())
    .where(and(eq(showtimes.screenId, screenId), eq(showtimes.status, "scheduled"), overlapsAny, excludeId ? ne(showtimes.id, excludeId) : undefined))
    .orderBy(asc(showtimes.startsAt));
}

type Clash = Awaited<ReturnType<typeof findClashes>>[number];

export function describeClash(clash: Clash) {
  return `${clash.title} on ${formatShowDateTime(clash.startsAt, clash.timeZone)} (until ${formatShowTime(clash.endsAt, clash.timeZone)})`;
}

export function overlapError(clash: Clash | undefined, field = "startsAtLocal") {
  const message = clash
    ? `This screen is busy then: it overlaps ${describeClash(clash)}.`
    : "This screen is busy then: it overlaps another showtime.";
  return new ConflictError(message, { [field]: [message] });
}

/**
 * A write that lost the race to the exclusion constraint gets the same message, naming the
 * showtime that won (read after the failed transaction, outside it).
 */
export async function mapOverlapViolation(error: unknown, db: Db, screenId: string, slots: Slot[], excludeId?: string, field?: string): Promise<never> {
  if (!isConstraintViolation(error, "showtimes_no_overlap")) throw error;
  const [clash] = await findClashes(db, screenId, slots, excludeId);
  throw overlapError(clash, field);
}
