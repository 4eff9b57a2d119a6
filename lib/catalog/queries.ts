import "server-only";
import { and, asc, desc, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { movies } from "@/db/schema";
import { now } from "@/lib/clock";

export type MovieCard = {
  id: string;
  slug: string;
  title: string;
  certificate: string;
  runtimeMinutes: number;
  releaseDate: string;
  posterId: string | null;
};

const movieCardColumns = {
  id: movies.id,
  slug: movies.slug,
  title: movies.title,
  certificate: movies.certificate,
  runtimeMinutes: movies.runtimeMinutes,
  releaseDate: movies.releaseDate,
  posterId: movies.posterId,
};

function today() {
  return now().toISOString().slice(0, 10);
}

/** Released and not archived, newest first. */
export async function listNowShowingMovies(limit = 48): Promise<MovieCard[]> {
  const db = await getDb();
  return db
    .select(movieCardColumns)
    .from(movies)
    .where(and(isNull(movies.archivedAt), lte(movies.releaseDate, today())))
    .orderBy(desc(movies.releaseDate), asc(movies.title))
    .limit(limit);
}

export async function listComingSoonMovies(limit = 12): Promise<MovieCard[]> {
  const db = await getDb();
  return db
    .select(movieCardColumns)
    .from(movies)
    .where(and(isNull(movies.archivedAt), sql`${movies.releaseDate} > ${today()}`))
    .orderBy(asc(movies.releaseDate), asc(movies.title))
    .limit(limit);
}
