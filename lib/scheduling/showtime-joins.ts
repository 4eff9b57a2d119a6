import { eq } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { cinemas, formats, movies, screens, showtimes } from "@/db/schema";

/**
 * The showtime → movie, screen → cinema, format joins, for a query that already reads `showtimes`
 * (call `.$dynamic()` first). Every listing, cart, order and check-in read describes a showing
 * through these four tables; writing the join once keeps them joined on the same keys.
 */
export function withShowtimeDetails<T extends PgSelect>(query: T) {
  return query
    .innerJoin(movies, eq(movies.id, showtimes.movieId))
    .innerJoin(screens, eq(screens.id, showtimes.screenId))
    .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
    .innerJoin(formats, eq(formats.id, showtimes.formatId));
}
