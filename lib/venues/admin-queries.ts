import "server-only";
import { qualified } from "@/lib/admin/qualified-column";
import { and, asc, count, desc, eq, gt, ilike, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, movies, screens, seats, showtimes } from "@/db/schema";
import { offsetOf, PAGE_SIZE, toListPage, type ListParams } from "@/lib/admin/list-query";
import { now } from "@/lib/clock";
import { containsPattern } from "@/lib/postgres/like";
import { cinemaColumns } from "./cinema-columns";

export const cinemaSorts = ["name", "city"] as const;

export async function listCinemasForAdmin(params: ListParams<(typeof cinemaSorts)[number]>) {
  const db = await getDb();
  const pattern = containsPattern(params.q);
  const where = params.q ? or(ilike(cinemas.name, pattern), ilike(cinemas.city, pattern)) : undefined;
  const sortColumn = { name: cinemas.name, city: cinemas.city }[params.sort];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: cinemas.id,
        name: cinemas.name,
        slug: cinemas.slug,
        city: cinemas.city,
        timeZone: cinemas.timeZone,
        screenCount: sql<number>`(select count(*)::int from ${screens} where ${screens.cinemaId} = ${qualified(cinemas.id)})`,
      })
      .from(cinemas)
      .where(where)
      .orderBy((params.dir === "asc" ? asc : desc)(sortColumn), asc(cinemas.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(params.page)),
    db.select({ total: count() }).from(cinemas).where(where),
  ]);
  return toListPage(rows, total, params.page);
}

export async function getCinema(id: string) {
  const db = await getDb();
  const [cinema] = await db
    .select(cinemaColumns)
    .from(cinemas)
    .where(eq(cinemas.id, id));
  if (!cinema) return null;
  const [screenRows, upcoming] = await Promise.all([
    db
      .select({
        id: screens.id,
        name: screens.name,
        seatCount: sql<number>`(select count(*)::int from ${seats} where ${seats.screenId} = ${qualified(screens.id)})`,
      })
      .from(screens)
      .where(eq(screens.cinemaId, id))
      .orderBy(asc(screens.name)),
    db
      .select({ id: showtimes.id, startsAt: showtimes.startsAt, status: showtimes.status, movieTitle: movies.title, screenName: screens.name })
      .from(showtimes)
      .innerJoin(screens, eq(screens.id, showtimes.screenId))
      .innerJoin(movies, eq(movies.id, showtimes.movieId))
      .where(and(eq(screens.cinemaId, id), gt(showtimes.startsAt, now())))
      .orderBy(asc(showtimes.startsAt))
      .limit(20),
  ]);
  return { ...cinema, screens: screenRows, upcoming };
}

export async function getScreen(id: string) {
  const db = await getDb();
  const [screen] = await db
    .select({ id: screens.id, name: screens.name, layout: screens.layout, cinemaId: screens.cinemaId, cinemaName: cinemas.name })
    .from(screens)
    .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
    .where(eq(screens.id, id));
  return screen ?? null;
}

/** Cinemas with their screens, for the showtime form and filters. */
export async function listScreenOptions() {
  const db = await getDb();
  return db
    .select({ screenId: screens.id, screenName: screens.name, cinemaId: cinemas.id, cinemaName: cinemas.name, timeZone: cinemas.timeZone })
    .from(screens)
    .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
    .orderBy(asc(cinemas.name), asc(screens.name));
}
