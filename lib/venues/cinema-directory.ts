import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { cinemas, screens, seats } from "@/db/schema";
import { cinemaColumns } from "./cinema-columns";
import type { SeatKind } from "./seat-layout";

/**
 * Cinemas with every screen's seats counted by kind (wheelchair spaces, companion and accessible seats
 * are what a visitor with access needs to know), by id and page: the JSON API's venue reads. The web
 * pages read by slug (queries.ts) and need no per-kind counts, so they keep their own lighter queries.
 */

export type ScreenSummary = {
  id: string;
  name: string;
  layout: string;
  seatCount: number;
  seatsByKind: Record<SeatKind, number>;
};

export type CinemaDetails = {
  id: string;
  slug: string;
  name: string;
  address: string;
  city: string;
  postcode: string;
  country: string;
  phone: string;
  timeZone: string;
  latitude: number | null;
  longitude: number | null;
  payAtCinema: boolean;
  screens: ScreenSummary[];
};


const noSeats = (): Record<SeatKind, number> => ({ standard: 0, premium: 0, accessible: 0, wheelchair: 0, companion: 0 });

/** The screens of many cinemas in two queries (screens, then seats grouped by screen and kind). */
async function screensOf(db: Db, cinemaIds: string[]): Promise<Map<string, ScreenSummary[]>> {
  if (cinemaIds.length === 0) return new Map();
  const screenRows = await db
    .select({ id: screens.id, cinemaId: screens.cinemaId, name: screens.name, layout: screens.layout })
    .from(screens)
    .where(inArray(screens.cinemaId, cinemaIds))
    .orderBy(asc(screens.name));
  const kindRows =
    screenRows.length === 0
      ? []
      : await db
          .select({ screenId: seats.screenId, kind: seats.kind, seats: count() })
          .from(seats)
          .where(inArray(seats.screenId, screenRows.map((s) => s.id)))
          .groupBy(seats.screenId, seats.kind);
  const kinds = new Map<string, Record<SeatKind, number>>();
  for (const row of kindRows) {
    const byKind = kinds.get(row.screenId) ?? noSeats();
    byKind[row.kind] = row.seats;
    kinds.set(row.screenId, byKind);
  }
  const byCinema = new Map<string, ScreenSummary[]>();
  for (const { cinemaId, ...screen } of screenRows) {
    const seatsByKind = kinds.get(screen.id) ?? noSeats();
    const summary = { ...screen, seatCount: Object.values(seatsByKind).reduce((a, b) => a + b, 0), seatsByKind };
    byCinema.set(cinemaId, [...(byCinema.get(cinemaId) ?? []), summary]);
  }
  return byCinema;
}

/** One page of cinemas in the order the venue list shows them (city, then name). */
export async function listCinemaDetails({ page, pageSize }: { page: number; pageSize: number }) {
  const db = await getDb();
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(cinemaColumns)
      .from(cinemas)
      .orderBy(asc(cinemas.city), asc(cinemas.name), asc(cinemas.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(cinemas),
  ]);
  const screenMap = await screensOf(db, rows.map((row) => row.id));
  const data: CinemaDetails[] = rows.map((row) => ({ ...row, screens: screenMap.get(row.id) ?? [] }));
  return { data, total };
}

export async function getCinemaDetails(id: string): Promise<CinemaDetails | null> {
  const db = await getDb();
  const [row] = await db.select(cinemaColumns).from(cinemas).where(eq(cinemas.id, id));
  if (!row) return null;
  const screenMap = await screensOf(db, [id]);
  return { ...row, screens: screenMap.get(id) ?? [] };
}
