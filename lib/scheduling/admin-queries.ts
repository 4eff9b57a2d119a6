import "server-only";
import { qualified } from "@/lib/admin/qualified-column";
import { and, asc, count, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, formats, movies, screens, seatClaims, seats, showtimes, showtimeTicketPrices, tickets, ticketTypes } from "@/db/schema";
import { offsetOf, PAGE_SIZE, toListPage, type ListParams } from "@/lib/admin/list-query";
import { isUuid } from "@/lib/admin/ids";
import { now } from "@/lib/clock";
import { showtimeFeatureColumns } from "./showtime-columns";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { localDateOf } from "@/lib/time/local-date";

export const showtimeSorts = ["startsAt", "movie", "cinema"] as const;

const soldCount = sql<number>`(select count(*)::int from ${seatClaims} where ${seatClaims.showtimeId} = ${qualified(showtimes.id)} and ${seatClaims.ticketId} is not null)`;
const capacity = sql<number>`(select count(*)::int from ${seats} where ${seats.screenId} = ${qualified(showtimes.screenId)})`;

/**
 * Showtimes with cinema, movie, date and "when" filters. The date is the cinema's local date; a UTC
 * window around it lets the starts_at index do the narrowing first.
 */
export async function listShowtimes(params: ListParams<(typeof showtimeSorts)[number]>) {
  const db = await getDb();
  const { cinema, movie, date, when } = params.filters;
  const conditions: (SQL | undefined)[] = [
    cinema && isUuid(cinema) ? eq(screens.cinemaId, cinema) : undefined,
    movie && isUuid(movie) ? eq(showtimes.movieId, movie) : undefined,
  ];
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date))) {
    const day = Date.parse(`${date}T00:00:00Z`);
    conditions.push(
      gte(showtimes.startsAt, new Date(day - 86_400_000)),
      lt(showtimes.startsAt, new Date(day + 2 * 86_400_000)),
      sql`${localDateOf(showtimes.startsAt, cinemas.timeZone)} = ${date}::date`,
    );
  }
  if (when === "upcoming") conditions.push(gte(showtimes.startsAt, now()));
  if (when === "past") conditions.push(lt(showtimes.startsAt, now()));
  if (when === "cancelled") conditions.push(eq(showtimes.status, "cancelled"));
  const where = and(...conditions);
  const sortColumn = { startsAt: showtimes.startsAt, movie: movies.title, cinema: cinemas.name }[params.sort];
  const base = () =>
    withShowtimeDetails(db
      .select({
        id: showtimes.id,
        startsAt: showtimes.startsAt,
        status: showtimes.status,
        basePriceMinor: showtimes.basePriceMinor,
        currency: showtimes.currency,
        movieTitle: movies.title,
        cinemaName: cinemas.name,
        screenName: screens.name,
        timeZone: cinemas.timeZone,
        formatName: formats.name,
        sold: soldCount,
        capacity,
      })
      .from(showtimes)
      .$dynamic());
  const [rows, [{ total }]] = await Promise.all([
    base()
      .where(where)
      .orderBy((params.dir === "asc" ? asc : desc)(sortColumn), asc(showtimes.startsAt), asc(showtimes.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(params.page)),
    withShowtimeDetails(db
      .select({ total: count() })
      .from(showtimes)
      .$dynamic())
      .where(where),
  ]);
  return toListPage(rows, total, params.page);
}

export async function getShowtime(id: string) {
  const db = await getDb();
  const [showtime] = await withShowtimeDetails(db
    .select({
      id: showtimes.id,
      movieId: showtimes.movieId,
      screenId: showtimes.screenId,
      formatId: showtimes.formatId,
      startsAt: showtimes.startsAt,
      endsAt: showtimes.endsAt,
      basePriceMinor: showtimes.basePriceMinor,
      currency: showtimes.currency,
      ...showtimeFeatureColumns,
      noDiscounts: showtimes.noDiscounts,
      status: showtimes.status,
      cancelledAt: showtimes.cancelledAt,
      cancelReason: showtimes.cancelReason,
      movieTitle: movies.title,
      movieLanguage: movies.language,
      cinemaId: cinemas.id,
      cinemaName: cinemas.name,
      screenName: screens.name,
      timeZone: cinemas.timeZone,
      formatName: formats.name,
      sold: soldCount,
      capacity,
      ticketsEver: sql<number>`(select count(*)::int from ${tickets} where ${tickets.showtimeId} = ${qualified(showtimes.id)})`,
    })
    .from(showtimes)
    .$dynamic())
    .where(eq(showtimes.id, id));
  if (!showtime) return null;
  const prices = await db
    .select({ ticketTypeId: showtimeTicketPrices.ticketTypeId, priceMinor: showtimeTicketPrices.priceMinor })
    .from(showtimeTicketPrices)
    .where(eq(showtimeTicketPrices.showtimeId, id));
  return { ...showtime, ticketPrices: prices };
}

/** What the showtime forms offer: schedulable movies, screens by cinema, formats, ticket types. */
export async function getShowtimeFormOptions() {
  const db = await getDb();
  const [movieRows, screenRows, formatRows, typeRows] = await Promise.all([
    db
      .select({ id: movies.id, title: movies.title, runtimeMinutes: movies.runtimeMinutes, language: movies.language })
      .from(movies)
      .where(isNull(movies.archivedAt))
      .orderBy(asc(movies.title))
      .limit(2000),
    db
      .select({ id: screens.id, name: screens.name, cinemaName: cinemas.name, timeZone: cinemas.timeZone })
      .from(screens)
      .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
      .orderBy(asc(cinemas.name), asc(screens.name)),
    db.select({ id: formats.id, name: formats.name, code: formats.code }).from(formats).orderBy(asc(formats.sortOrder)),
    db
      .select({ id: ticketTypes.id, name: ticketTypes.name })
      .from(ticketTypes)
      .where(eq(ticketTypes.active, true))
      .orderBy(asc(ticketTypes.sortOrder)),
  ]);
  return { movies: movieRows, screens: screenRows, formats: formatRows, ticketTypes: typeRows };
}

export async function listFilterOptions() {
  const db = await getDb();
  const [cinemaRows, movieRows] = await Promise.all([
    db.select({ id: cinemas.id, name: cinemas.name }).from(cinemas).orderBy(asc(cinemas.name)),
    db.select({ id: movies.id, title: movies.title }).from(movies).where(isNull(movies.archivedAt)).orderBy(asc(movies.title)).limit(2000),
  ]);
  return { cinemas: cinemaRows, movies: movieRows };
}
