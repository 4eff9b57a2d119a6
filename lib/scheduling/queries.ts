import "server-only";
import { and, asc, count, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, formats, movies, screens, seatClaims, showtimes } from "@/db/schema";
import { priceTicket } from "@/lib/booking/pricing";
import { isLiveClaim } from "@/lib/booking/seat-claims";
import { now } from "@/lib/clock";
import type { ShowtimeFilters } from "@/lib/catalog/search-params";
import { countSeatsByScreen } from "@/lib/venues/queries";
import { availabilityOf, type Availability } from "./availability";
import { allOf, DAY_MS, LISTING_WINDOW_DAYS, showtimeConditions } from "./showtime-filters";
import { showtimeFeatureColumns } from "./showtime-columns";
import type { ShowtimeFeatureFields } from "./showtime-features";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { localDateOf } from "@/lib/time/local-date";

/**
 * Public showtime listings. Never cached: sold-out and almost-full must be current, and they are
 * computed for the whole list with two grouped queries (claims per showtime, seats per screen).
 */

export type ShowtimeListing = ShowtimeFeatureFields & {
  id: string;
  screenId: string;
  startsAt: Date;
  basePriceMinor: number;
  currency: string;
  screenName: string;
  format: { code: string; name: string; videoFormat: string; surchargeMinor: number };
  /** A standard adult seat, the "from" price listings and the JSON-LD offer show. */
  adultPriceMinor: number;
  movie: { slug: string; title: string; language: string; posterId: string | null; runtimeMinutes: number; certificate: string };
  cinema: { slug: string; name: string; timeZone: string; address: string; city: string; postcode: string; country: string };
  availability: Availability;
};

const NO_FILTERS: ShowtimeFilters = { access: [] };

async function listShowtimes(where: SQL[], limit = 500): Promise<ShowtimeListing[]> {
  const db = await getDb();
  const rows = await withShowtimeDetails(db
    .select({
      id: showtimes.id,
      screenId: showtimes.screenId,
      startsAt: showtimes.startsAt,
      basePriceMinor: showtimes.basePriceMinor,
      currency: showtimes.currency,
      ...showtimeFeatureColumns,
      screenName: screens.name,
      format: { code: formats.code, name: formats.name, videoFormat: formats.videoFormat, surchargeMinor: formats.surchargeMinor },
      movie: {
        slug: movies.slug,
        title: movies.title,
        language: movies.language,
        posterId: movies.posterId,
        runtimeMinutes: movies.runtimeMinutes,
        certificate: movies.certificate,
      },
      cinema: {
        slug: cinemas.slug,
        name: cinemas.name,
        timeZone: cinemas.timeZone,
        address: cinemas.address,
        city: cinemas.city,
        postcode: cinemas.postcode,
        country: cinemas.country,
      },
    })
    .from(showtimes)
    .$dynamic())
    .where(allOf(where))
    .orderBy(asc(showtimes.startsAt), asc(cinemas.name))
    .limit(limit);
  const availability = await getShowtimeAvailability(rows);
  return rows.map((row) => ({
    ...row,
    adultPriceMinor: standardAdultPrice(row.basePriceMinor, row.format.surchargeMinor),
    availability: availability.get(row.id) ?? availabilityOf(0, 0),
  }));
}

function standardAdultPrice(basePriceMinor: number, formatSurchargeMinor: number) {
  return priceTicket({
    basePriceMinor,
    ticketType: { priceRule: "percent_of_base", percent: 100, amountMinor: null },
    formatSurchargeMinor,
    seatKind: "standard",
    seatKindSurcharges: {},
    bookingFeeMinor: 0,
  }).priceMinor;
}

/**
 * Seats taken (sold, or held and not yet expired — docs/decisions/001-seat-claims.md) against the
 * screen's seats, for many showtimes at once.
 */
export async function getShowtimeAvailability(rows: { id: string; screenId: string }[]): Promise<Map<string, Availability>> {
  if (rows.length === 0) return new Map();
  const db = await getDb();
  const ids = rows.map((row) => row.id);
  const [claims, capacity] = await Promise.all([
    db
      .select({ showtimeId: seatClaims.showtimeId, taken: count() })
      .from(seatClaims)
      .where(
        and(
          inArray(seatClaims.showtimeId, ids),
          isLiveClaim(now()),
        ),
      )
      .groupBy(seatClaims.showtimeId),
    countSeatsByScreen(db, [...new Set(rows.map((row) => row.screenId))]),
  ]);
  const taken = new Map(claims.map((row) => [row.showtimeId, row.taken]));
  return new Map(rows.map((row) => [row.id, availabilityOf(capacity.get(row.screenId) ?? 0, taken.get(row.id) ?? 0)]));
}

/** A movie's showings over the next `days` days, optionally narrowed by attributes. */
export async function listShowtimesForMovie(
  movieId: string,
  filters: ShowtimeFilters = NO_FILTERS,
  days = LISTING_WINDOW_DAYS,
): Promise<ShowtimeListing[]> {
  const from = now();
  return listShowtimes([
    eq(showtimes.movieId, movieId),
    ...showtimeConditions(filters, { from, to: new Date(from.getTime() + days * DAY_MS) }),
  ]);
}

export async function listShowtimesForCinema(cinemaId: string, days = LISTING_WINDOW_DAYS): Promise<ShowtimeListing[]> {
  const from = now();
  return listShowtimes(
    [eq(screens.cinemaId, cinemaId), ...showtimeConditions(NO_FILTERS, { from, to: new Date(from.getTime() + days * DAY_MS) })],
    1000,
  );
}

/** What is still to start today, by each cinema's own calendar, at the given cinemas. */
export async function listShowtimesToday(cinemaIds: string[]): Promise<ShowtimeListing[]> {
  if (cinemaIds.length === 0) return [];
  const at = now();
  return listShowtimes([
    inArray(screens.cinemaId, cinemaIds),
    ...showtimeConditions(NO_FILTERS, { from: at, to: new Date(at.getTime() + DAY_MS) }),
    sql`${localDateOf(showtimes.startsAt, cinemas.timeZone)} = ${localDateOf(at, cinemas.timeZone)}`,
  ]);
}

/** The next showing's start per movie, for the sitemap's freshest pages and the home hero. */
export async function listUpcomingMovieIds(limit = 50): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ movieId: showtimes.movieId, showings: count() })
    .from(showtimes)
    .where(and(eq(showtimes.status, "scheduled"), gt(showtimes.startsAt, now())))
    .groupBy(showtimes.movieId)
    .orderBy(sql`count(*) desc`)
    .limit(limit);
  return rows.map((row) => row.movieId);
}
