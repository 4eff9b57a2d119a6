import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { cinemas, formats, movies, screens, seatClaims, showtimes } from "@/db/schema";
import { isLiveClaim } from "@/lib/booking/seat-claims";
import { now } from "@/lib/clock";
import { loadOrderByNumber, type OrderDetail } from "@/lib/orders/order-details";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { localDateOf } from "@/lib/time/local-date";
import { countSeatsByScreen } from "@/lib/venues/queries";

/**
 * The box office's reads. Callers have passed the staff guard (lib/auth/dal.ts): staff see every
 * cinema's programme and may look any order up by its number, as the counter must.
 */

export type BoxOfficeCinema = { id: string; slug: string; name: string; city: string; timeZone: string };

export async function listBoxOfficeCinemas(db: Db): Promise<BoxOfficeCinema[]> {
  return db
    .select({ id: cinemas.id, slug: cinemas.slug, name: cinemas.name, city: cinemas.city, timeZone: cinemas.timeZone })
    .from(cinemas)
    .orderBy(asc(cinemas.city), asc(cinemas.name));
}

export type CounterShowtime = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: "scheduled" | "cancelled";
  movieTitle: string;
  certificate: string;
  screenName: string;
  formatName: string;
  capacity: number;
  sold: number;
  held: number;
  free: number;
  /** Still on sale at the counter: scheduled and not started. */
  onSale: boolean;
};

/**
 * Every showtime of one cinema on today's date in the cinema's own time zone (started ones too: the
 * door still admits them), with its seats sold, held in carts, and free, in one grouped query.
 */
export async function listTodaysShowtimes(db: Db, cinemaId: string, at: Date = now()): Promise<CounterShowtime[]> {
  const rows = await withShowtimeDetails(db
    .select({
      id: showtimes.id,
      screenId: showtimes.screenId,
      startsAt: showtimes.startsAt,
      endsAt: showtimes.endsAt,
      status: showtimes.status,
      movieTitle: movies.title,
      certificate: movies.certificate,
      screenName: screens.name,
      formatName: formats.name,
    })
    .from(showtimes)
    .$dynamic())
    .where(
      and(
        eq(screens.cinemaId, cinemaId),
        sql`${localDateOf(showtimes.startsAt, cinemas.timeZone)} = ${localDateOf(at, cinemas.timeZone)}`,
      ),
    )
    .orderBy(asc(showtimes.startsAt), asc(screens.name));
  if (rows.length === 0) return [];
  const [claims, capacity] = await Promise.all([
    db
      .select({ showtimeId: seatClaims.showtimeId, taken: count(), sold: count(seatClaims.ticketId) })
      .from(seatClaims)
      .where(and(inArray(seatClaims.showtimeId, rows.map((row) => row.id)), isLiveClaim(at)))
      .groupBy(seatClaims.showtimeId),
    countSeatsByScreen(db, [...new Set(rows.map((row) => row.screenId))]),
  ]);
  const claimsOf = new Map(claims.map((row) => [row.showtimeId, row]));
  return rows.map(({ screenId, ...row }) => {
    const seats = capacity.get(screenId) ?? 0;
    const taken = claimsOf.get(row.id)?.taken ?? 0;
    const sold = claimsOf.get(row.id)?.sold ?? 0;
    return {
      ...row,
      capacity: seats,
      sold,
      held: taken - sold,
      free: Math.max(0, seats - taken),
      onSale: row.status === "scheduled" && row.startsAt > at,
    };
  });
}

/** Any order by its number, for the desk (marking paid, printing a counter sale's tickets). */
export async function getOrderForDesk(db: Db, number: string): Promise<OrderDetail | null> {
  return loadOrderByNumber(db, number);
}
