import "server-only";
import { and, asc, eq, exists, gt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, formats, movies, screens, seats, showtimes } from "@/db/schema";
import { now } from "@/lib/clock";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

export type UpcomingShowtime = {
  id: string;
  startsAt: Date;
  movieTitle: string;
  cinemaName: string;
  screenName: string;
  formatName: string;
  noDiscounts: boolean;
};

/**
 * Showtimes that can still be booked, soonest first: the public list behind GET /api/showtimes.
 * `wheelchair` keeps those whose screen has wheelchair spaces.
 */
export async function listUpcomingShowtimes({ limit, wheelchair }: { limit: number; wheelchair: boolean }): Promise<UpcomingShowtime[]> {
  const db = await getDb();
  const query = db
    .select({
      id: showtimes.id,
      startsAt: showtimes.startsAt,
      movieTitle: movies.title,
      cinemaName: cinemas.name,
      screenName: screens.name,
      formatName: formats.name,
      noDiscounts: showtimes.noDiscounts,
    })
    .from(showtimes)
    .$dynamic();
  return withShowtimeDetails(query)
    .where(
      and(
        eq(showtimes.status, "scheduled"),
        gt(showtimes.startsAt, now()),
        wheelchair
          ? exists(
              db
                .select({ one: sql`1` })
                .from(seats)
                .where(and(eq(seats.screenId, showtimes.screenId), eq(seats.kind, "wheelchair"))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(showtimes.startsAt), asc(showtimes.id))
    .limit(limit);
}
