import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { cinemas, screens, seats } from "@/db/schema";
import { cinemaSummaryColumns } from "./cinema-columns";

/** Public cinema reads: the venue list, a cinema's page, the city picker and the sitemap. */

export type CinemaSummary = {
  id: string;
  slug: string;
  name: string;
  address: string;
  city: string;
  postcode: string;
  country: string;
  timeZone: string;
};

export type CinemaWithScreens = CinemaSummary & {
  latitude: number | null;
  longitude: number | null;
  phone: string;
  updatedAt: string;
  screens: { name: string; seatCount: number }[];
};

export async function listCinemas(): Promise<(CinemaSummary & { screenCount: number })[]> {
  const db = await getDb();
  return db
    .select({ ...cinemaSummaryColumns, screenCount: count(screens.id) })
    .from(cinemas)
    .leftJoin(screens, eq(screens.cinemaId, cinemas.id))
    .groupBy(cinemas.id)
    .orderBy(asc(cinemas.city), asc(cinemas.name));
}

export async function getCinemaBySlug(slug: string): Promise<CinemaWithScreens | null> {
  const db = await getDb();
  const [cinema] = await db
    .select({
      ...cinemaSummaryColumns,
      latitude: cinemas.latitude,
      longitude: cinemas.longitude,
      phone: cinemas.phone,
      updatedAt: cinemas.updatedAt,
    })
    .from(cinemas)
    .where(eq(cinemas.slug, slug));
  if (!cinema) return null;
  const screenRows = await db
    .select({ name: screens.name, seatCount: count(seats.id) })
    .from(screens)
    .leftJoin(seats, eq(seats.screenId, screens.id))
    .where(eq(screens.cinemaId, cinema.id))
    .groupBy(screens.id)
    .orderBy(asc(screens.name));
  return { ...cinema, updatedAt: cinema.updatedAt.toISOString(), screens: screenRows };
}

/** "Manchester" → "manchester": the city's value in `?city=`. */
export function citySlug(city: string) {
  return city
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function listCities(): Promise<{ slug: string; name: string }[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ name: cinemas.city }).from(cinemas).orderBy(asc(cinemas.city));
  return rows.map((row) => ({ slug: citySlug(row.name), name: row.name }));
}

export async function listCinemaIdsInCity(cityName: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ id: cinemas.id }).from(cinemas).where(eq(cinemas.city, cityName));
  return rows.map((row) => row.id);
}

export async function listCinemaSitemapEntries() {
  const db = await getDb();
  return db.select({ slug: cinemas.slug, updatedAt: cinemas.updatedAt }).from(cinemas);
}

/** Seats per screen, for availability: one grouped query for any number of screens (a building block: takes the caller's db). */
export async function countSeatsByScreen(db: Db, screenIds: string[]): Promise<Map<string, number>> {
  if (screenIds.length === 0) return new Map();
  const rows = await db
    .select({ screenId: seats.screenId, seatCount: count() })
    .from(seats)
    .where(inArray(seats.screenId, screenIds))
    .groupBy(seats.screenId);
  return new Map(rows.map((row) => [row.screenId, row.seatCount]));
}
