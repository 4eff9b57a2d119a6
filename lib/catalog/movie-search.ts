import "server-only";
import { and, asc, count, desc, eq, exists, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import {
  actors,
  categories,
  cinemas,
  formats,
  genres,
  movieCast,
  movieCategories,
  movieGenres,
  movies,
  screens,
  showtimes,
} from "@/db/schema";
import { now } from "@/lib/clock";
import { allOf, DAY_MS, LISTING_WINDOW_DAYS, showtimeConditions } from "@/lib/scheduling/showtime-filters";
import { hasShowtimeFilters, MOVIES_PAGE_SIZE, type MovieListParams } from "./search-params";
import { movieCardColumns, type MovieCard } from "./queries";
import { containsPattern } from "@/lib/postgres/like";
import { localDateOf } from "@/lib/time/local-date";

export type MovieSearchResult = { movies: MovieCard[]; total: number; page: number; pageCount: number };

/**
 * `/movies`: search by title or actor, narrow by genre, category and by having a matching upcoming
 * showtime (cinema, local date, format, language, subtitles, accessibility), sort and paginate
 * (the page's 24 movies, or the JSON API client's own page size).
 * Filters are EXISTS subqueries so a movie appears once however many showtimes match.
 */
export async function searchMovies(params: MovieListParams, pageSize = MOVIES_PAGE_SIZE): Promise<MovieSearchResult> {
  const db = await getDb();
  const where = and(isNull(movies.archivedAt), ...movieConditions(db, params));
  const order =
    params.sort === "title"
      ? [asc(movies.title)]
      : params.sort === "oldest"
        ? [asc(movies.releaseDate), asc(movies.title)]
        : [desc(movies.releaseDate), asc(movies.title)];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(movieCardColumns)
      .from(movies)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((params.page - 1) * pageSize),
    db.select({ total: count() }).from(movies).where(where),
  ]);
  return { movies: rows, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

type Database = Awaited<ReturnType<typeof getDb>>;

function movieConditions(db: Database, params: MovieListParams): SQL[] {
  const conditions: SQL[] = [];
  if (params.q) {
    const pattern = containsPattern(params.q);
    const byActor = exists(
      db
        .select({ one: sql`1` })
        .from(movieCast)
        .innerJoin(actors, eq(actors.id, movieCast.actorId))
        .where(and(eq(movieCast.movieId, movies.id), ilike(actors.name, pattern))),
    );
    const byTitle = ilike(movies.title, pattern);
    conditions.push(or(byTitle, byActor) ?? byTitle);
  }
  if (params.genre) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(movieGenres)
          .innerJoin(genres, eq(genres.id, movieGenres.genreId))
          .where(and(eq(movieGenres.movieId, movies.id), eq(genres.slug, params.genre))),
      ),
    );
  }
  if (params.category) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(movieCategories)
          .innerJoin(categories, eq(categories.id, movieCategories.categoryId))
          .where(and(eq(movieCategories.movieId, movies.id), eq(categories.slug, params.category))),
      ),
    );
  }
  if (params.cinema || params.date || hasShowtimeFilters(params)) {
    // A date picks its own day; otherwise "has a matching showing" means this week, as on the movie page.
    const from = now();
    const to = params.date ? undefined : new Date(from.getTime() + LISTING_WINDOW_DAYS * DAY_MS);
    const showing = showtimeConditions(params, { from, to });
    showing.push(eq(showtimes.movieId, movies.id));
    if (params.cinema) showing.push(eq(cinemas.slug, params.cinema));
    // The day as the cinema's own calendar has it, not the server's.
    if (params.date) showing.push(sql`${localDateOf(showtimes.startsAt, cinemas.timeZone)} = ${params.date}::date`);
    conditions.push(
      exists(
        // Correlated with the outer movies row, so the showtime's own movie is not joined here.
        db
          .select({ one: sql`1` })
          .from(showtimes)
          .innerJoin(screens, eq(screens.id, showtimes.screenId))
          .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
          .innerJoin(formats, eq(formats.id, showtimes.formatId))
          .where(allOf(showing)),
      ),
    );
  }
  return conditions;
}
