import "server-only";
import { qualified } from "@/lib/admin/qualified-column";
import { and, asc, count, desc, eq, exists, ilike, inArray, isNotNull, isNull, lte, gt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import {
  actors,
  categories,
  genres,
  movieCast,
  movieCategories,
  movieGenres,
  movieProducers,
  movies,
  producers,
  showtimes,
  tickets,
} from "@/db/schema";
import { now } from "@/lib/clock";
import { offsetOf, PAGE_SIZE, toListPage, type ListParams } from "@/lib/admin/list-query";
import { containsPattern } from "@/lib/postgres/like";

/** Admin reads of the catalogue: lists with search/sort/filter/pagination and edit/detail DTOs. */

// Sort columns are the indexed ones (plus small-table extras), so a sorted page stays fast at 100,000 rows.
export const actorSorts = ["name", "birthDate"] as const;
export const producerSorts = ["name", "company"] as const;
export const categorySorts = ["name"] as const;
export const movieSorts = ["title", "releaseDate", "runtimeMinutes"] as const;
export const movieStatuses = ["now-showing", "coming-soon", "archived"] as const;
export type MovieStatus = (typeof movieStatuses)[number];

const order = (dir: "asc" | "desc") => (dir === "asc" ? asc : desc);
const today = () => now().toISOString().slice(0, 10);

export async function listActors(params: ListParams<(typeof actorSorts)[number]>) {
  const db = await getDb();
  const where = params.q ? ilike(actors.name, containsPattern(params.q)) : undefined;
  const sortColumn = { name: actors.name, birthDate: actors.birthDate }[params.sort];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: actors.id,
        name: actors.name,
        slug: actors.slug,
        birthDate: actors.birthDate,
        movieCount: sql<number>`(select count(*)::int from ${movieCast} where ${movieCast.actorId} = ${qualified(actors.id)})`,
      })
      .from(actors)
      .where(where)
      .orderBy(order(params.dir)(sortColumn), asc(actors.id))
      .limit(params.pageSize ?? PAGE_SIZE)
      .offset(offsetOf(params.page, params.pageSize)),
    db.select({ total: count() }).from(actors).where(where),
  ]);
  return toListPage(rows, total, params.page, params.pageSize);
}

export async function getActor(id: string) {
  const db = await getDb();
  const [actor] = await db
    .select({ id: actors.id, name: actors.name, slug: actors.slug, birthDate: actors.birthDate, bio: actors.bio, photoId: actors.photoId })
    .from(actors)
    .where(eq(actors.id, id));
  if (!actor) return null;
  const credits = await db
    .select({ id: movies.id, title: movies.title, slug: movies.slug, releaseDate: movies.releaseDate, characterName: movieCast.characterName })
    .from(movieCast)
    .innerJoin(movies, eq(movies.id, movieCast.movieId))
    .where(eq(movieCast.actorId, id))
    .orderBy(desc(movies.releaseDate));
  return { ...actor, credits };
}

export async function listProducers(params: ListParams<(typeof producerSorts)[number]>) {
  const db = await getDb();
  const where = params.q ? ilike(producers.name, containsPattern(params.q)) : undefined;
  const sortColumn = { name: producers.name, company: producers.company }[params.sort];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: producers.id,
        name: producers.name,
        slug: producers.slug,
        company: producers.company,
        age: producers.age,
        movieCount: sql<number>`(select count(*)::int from ${movieProducers} where ${movieProducers.producerId} = ${qualified(producers.id)})`,
      })
      .from(producers)
      .where(where)
      .orderBy(order(params.dir)(sortColumn), asc(producers.id))
      .limit(params.pageSize ?? PAGE_SIZE)
      .offset(offsetOf(params.page, params.pageSize)),
    db.select({ total: count() }).from(producers).where(where),
  ]);
  return toListPage(rows, total, params.page, params.pageSize);
}

export async function getProducer(id: string) {
  const db = await getDb();
  const [producer] = await db
    .select({ id: producers.id, name: producers.name, slug: producers.slug, age: producers.age, company: producers.company, bio: producers.bio, photoId: producers.photoId })
    .from(producers)
    .where(eq(producers.id, id));
  if (!producer) return null;
  const credits = await db
    .select({ id: movies.id, title: movies.title, slug: movies.slug, releaseDate: movies.releaseDate })
    .from(movieProducers)
    .innerJoin(movies, eq(movies.id, movieProducers.movieId))
    .where(eq(movieProducers.producerId, id))
    .orderBy(desc(movies.releaseDate));
  return { ...producer, credits };
}

export async function listCategories(params: ListParams<(typeof categorySorts)[number]>) {
  const db = await getDb();
  const where = params.q ? ilike(categories.name, containsPattern(params.q)) : undefined;
  const sortColumn = { name: categories.name }[params.sort];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: categories.id,
        name: categories.name,
        slug: categories.slug,
        movieCount: sql<number>`(select count(*)::int from ${movieCategories} where ${movieCategories.categoryId} = ${qualified(categories.id)})`,
      })
      .from(categories)
      .where(where)
      .orderBy(order(params.dir)(sortColumn), asc(categories.id))
      .limit(params.pageSize ?? PAGE_SIZE)
      .offset(offsetOf(params.page, params.pageSize)),
    db.select({ total: count() }).from(categories).where(where),
  ]);
  return toListPage(rows, total, params.page, params.pageSize);
}

export async function getCategory(id: string) {
  const db = await getDb();
  const [category] = await db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, description: categories.description })
    .from(categories)
    .where(eq(categories.id, id));
  if (!category) return null;
  const moviesInCategory = await db
    .select({ id: movies.id, title: movies.title, slug: movies.slug, releaseDate: movies.releaseDate })
    .from(movieCategories)
    .innerJoin(movies, eq(movies.id, movieCategories.movieId))
    .where(eq(movieCategories.categoryId, id))
    .orderBy(asc(movies.title));
  return { ...category, movies: moviesInCategory };
}

export function movieStatusOf(movie: { releaseDate: string; archivedAt: Date | null }): MovieStatus {
  if (movie.archivedAt) return "archived";
  return movie.releaseDate <= today() ? "now-showing" : "coming-soon";
}

export async function listMovies(params: ListParams<(typeof movieSorts)[number]>) {
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [params.q ? ilike(movies.title, containsPattern(params.q)) : undefined];
  const status = params.filters.status;
  if (status === "archived") conditions.push(isNotNull(movies.archivedAt));
  if (status === "now-showing") conditions.push(isNull(movies.archivedAt), lte(movies.releaseDate, today()));
  if (status === "coming-soon") conditions.push(isNull(movies.archivedAt), gt(movies.releaseDate, today()));
  const genre = params.filters.genre;
  if (genre) {
    conditions.push(
      exists(
        db.select({ one: sql`1` }).from(movieGenres).innerJoin(genres, eq(genres.id, movieGenres.genreId))
          .where(and(eq(movieGenres.movieId, movies.id), eq(genres.slug, genre))),
      ),
    );
  }
  const category = params.filters.category;
  if (category) {
    conditions.push(
      exists(
        db.select({ one: sql`1` }).from(movieCategories).innerJoin(categories, eq(categories.id, movieCategories.categoryId))
          .where(and(eq(movieCategories.movieId, movies.id), eq(categories.slug, category))),
      ),
    );
  }
  const where = and(...conditions);
  const sortColumn = { title: movies.title, releaseDate: movies.releaseDate, runtimeMinutes: movies.runtimeMinutes }[params.sort];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: movies.id,
        title: movies.title,
        slug: movies.slug,
        releaseDate: movies.releaseDate,
        runtimeMinutes: movies.runtimeMinutes,
        certificate: movies.certificate,
        archivedAt: movies.archivedAt,
      })
      .from(movies)
      .where(where)
      .orderBy(order(params.dir)(sortColumn), asc(movies.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(params.page)),
    db.select({ total: count() }).from(movies).where(where),
  ]);
  return toListPage(rows.map((r) => ({ ...r, status: movieStatusOf(r) })), total, params.page);
}

export async function listGenreOptions() {
  const db = await getDb();
  return db.select({ id: genres.id, slug: genres.slug, name: genres.name }).from(genres).orderBy(asc(genres.name));
}

export async function listCategoryOptions() {
  const db = await getDb();
  return db.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.name)).limit(500);
}

/** Everything the movie form and detail page need, in four queries whatever the cast size. */
export async function getMovie(id: string) {
  const db = await getDb();
  const [movie] = await db
    .select({
      id: movies.id,
      title: movies.title,
      slug: movies.slug,
      synopsis: movies.synopsis,
      releaseDate: movies.releaseDate,
      runtimeMinutes: movies.runtimeMinutes,
      certificate: movies.certificate,
      language: movies.language,
      posterId: movies.posterId,
      trailerUrl: movies.trailerUrl,
      archivedAt: movies.archivedAt,
    })
    .from(movies)
    .where(eq(movies.id, id));
  if (!movie) return null;
  const [cast, producerRows, genreRows, categoryRows, [usage]] = await Promise.all([
    db
      .select({ actorId: movieCast.actorId, name: actors.name, characterName: movieCast.characterName })
      .from(movieCast)
      .innerJoin(actors, eq(actors.id, movieCast.actorId))
      .where(eq(movieCast.movieId, id))
      .orderBy(asc(movieCast.billingOrder)),
    db
      .select({ id: producers.id, name: producers.name })
      .from(movieProducers)
      .innerJoin(producers, eq(producers.id, movieProducers.producerId))
      .where(eq(movieProducers.movieId, id))
      .orderBy(asc(producers.name)),
    db.select({ id: genres.id, slug: genres.slug, name: genres.name }).from(movieGenres).innerJoin(genres, eq(genres.id, movieGenres.genreId)).where(eq(movieGenres.movieId, id)),
    db.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(movieCategories).innerJoin(categories, eq(categories.id, movieCategories.categoryId)).where(eq(movieCategories.movieId, id)),
    db
      .select({
        showtimes: sql<number>`(select count(*)::int from ${showtimes} where ${showtimes.movieId} = ${id})`,
        upcoming: sql<number>`(select count(*)::int from ${showtimes} where ${showtimes.movieId} = ${id} and ${gt(showtimes.startsAt, now())} and ${showtimes.status} = 'scheduled')`,
        tickets: sql<number>`(select count(*)::int from ${tickets} where ${inArray(tickets.showtimeId, db.select({ id: showtimes.id }).from(showtimes).where(eq(showtimes.movieId, id)))})`,
      })
      .from(sql`(select 1) as one`),
  ]);
  return { ...movie, status: movieStatusOf(movie), cast, producers: producerRows, genres: genreRows, categories: categoryRows, usage };
}

/** The cast and producer pickers search as the admin types; 20 matches are plenty. */
export async function searchPeople(kind: "actor" | "producer", q: string) {
  const db = await getDb();
  const table = kind === "actor" ? actors : producers;
  return db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(q ? ilike(table.name, containsPattern(q)) : undefined)
    .orderBy(asc(table.name))
    .limit(20);
}
