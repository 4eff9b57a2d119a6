import "server-only";
import { and, asc, count, eq, gt, gte, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, formats, movies, screens, showtimes } from "@/db/schema";
import { now } from "@/lib/clock";
import { localDateOf } from "@/lib/time/local-date";
import { availabilityOf, type Availability } from "./availability";
import { getShowtimeAvailability } from "./queries";
import { showtimeFeatureColumns } from "./showtime-columns";
import type { ShowtimeFeatureFields } from "./showtime-features";
import { withShowtimeDetails } from "./showtime-joins";

/**
 * Showtimes by id or by movie, cinema and local date, one page at a time, with live availability:
 * the JSON API's reads. The listing pages (queries.ts) read a fixed week per movie or cinema without
 * paging, and the admin list (admin-queries.ts) also shows past and cancelled showings.
 */

export type ShowtimeSummary = ShowtimeFeatureFields & {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: "scheduled" | "cancelled";
  noDiscounts: boolean;
  basePriceMinor: number;
  currency: string;
  movieId: string;
  movieTitle: string;
  cinemaId: string;
  cinemaName: string;
  timeZone: string;
  screenId: string;
  screenName: string;
  format: { id: string; code: string; name: string };
  availability: Availability;
  /** Scheduled and not yet started, as the seat map decides. */
  bookable: boolean;
};

export type ShowtimeSearch = { movieId?: string; cinemaId?: string; date?: string; page: number; pageSize: number };

const DAY_MS = 86_400_000;

const summaryColumns = {
  id: showtimes.id,
  startsAt: showtimes.startsAt,
  endsAt: showtimes.endsAt,
  status: showtimes.status,
  noDiscounts: showtimes.noDiscounts,
  basePriceMinor: showtimes.basePriceMinor,
  currency: showtimes.currency,
  ...showtimeFeatureColumns,
  movieId: showtimes.movieId,
  movieTitle: movies.title,
  cinemaId: cinemas.id,
  cinemaName: cinemas.name,
  timeZone: cinemas.timeZone,
  screenId: showtimes.screenId,
  screenName: screens.name,
  format: { id: formats.id, code: formats.code, name: formats.name },
};

async function withAvailability(rows: Omit<ShowtimeSummary, "availability" | "bookable">[]): Promise<ShowtimeSummary[]> {
  const availability = await getShowtimeAvailability(rows);
  const at = now();
  return rows.map((row) => ({
    ...row,
    availability: availability.get(row.id) ?? availabilityOf(0, 0),
    bookable: row.status === "scheduled" && row.startsAt > at,
  }));
}

/**
 * What the site lists: scheduled showtimes still to start, soonest first. `date` is the cinema's own
 * calendar date; a UTC window around it lets the starts_at index narrow first (as admin-queries does).
 */
export async function searchShowtimes(search: ShowtimeSearch): Promise<{ data: ShowtimeSummary[]; total: number }> {
  const db = await getDb();
  const conditions: SQL[] = [eq(showtimes.status, "scheduled"), gt(showtimes.startsAt, now())];
  if (search.movieId) conditions.push(eq(showtimes.movieId, search.movieId));
  if (search.cinemaId) conditions.push(eq(screens.cinemaId, search.cinemaId));
  if (search.date) {
    const day = Date.parse(`${search.date}T00:00:00Z`);
    conditions.push(
      gte(showtimes.startsAt, new Date(day - DAY_MS)),
      lt(showtimes.startsAt, new Date(day + 2 * DAY_MS)),
      sql`${localDateOf(showtimes.startsAt, cinemas.timeZone)} = ${search.date}::date`,
    );
  }
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    withShowtimeDetails(db.select(summaryColumns).from(showtimes).$dynamic())
      .where(where)
      .orderBy(asc(showtimes.startsAt), asc(cinemas.name), asc(showtimes.id))
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    withShowtimeDetails(db.select({ total: count() }).from(showtimes).$dynamic()).where(where),
  ]);
  return { data: await withAvailability(rows), total };
}

/** One showtime, cancelled or past included (a ticket holder may look it up). */
export async function getShowtimeSummary(id: string): Promise<ShowtimeSummary | null> {
  const db = await getDb();
  const rows = await withShowtimeDetails(db.select(summaryColumns).from(showtimes).$dynamic()).where(eq(showtimes.id, id));
  const [row] = await withAvailability(rows);
  return row ?? null;
}
