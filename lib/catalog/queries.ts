import "server-only";
import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
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
  movieProducers,
  movies,
  producers,
} from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * Public catalogue reads. Results are plain JSON (dates as ISO strings) because the page-facing
 * versions in `cached.ts` store them in Next's data cache.
 */

export type MovieCard = {
  id: string;
  slug: string;
  title: string;
  certificate: string;
  runtimeMinutes: number;
  releaseDate: string;
  posterId: string | null;
};

export const movieCardColumns = {
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

export type Named = { slug: string; name: string };

export type MovieDetail = MovieCard & {
  synopsis: string;
  language: string;
  trailerUrl: string | null;
  updatedAt: string;
  genres: Named[];
  categories: Named[];
  cast: (Named & { characterName: string; photoId: string | null })[];
  producers: Named[];
};

export async function getMovieBySlug(slug: string): Promise<MovieDetail | null> {
  const db = await getDb();
  const [movie] = await db
    .select({
      ...movieCardColumns,
      synopsis: movies.synopsis,
      language: movies.language,
      trailerUrl: movies.trailerUrl,
      updatedAt: movies.updatedAt,
    })
    .from(movies)
    .where(and(eq(movies.slug, slug), isNull(movies.archivedAt)));
  if (!movie) return null;
  const [genreRows, categoryRows, castRows, producerRows] = await Promise.all([
    db
      .select({ slug: genres.slug, name: genres.name })
      .from(movieGenres)
      .innerJoin(genres, eq(genres.id, movieGenres.genreId))
      .where(eq(movieGenres.movieId, movie.id))
      .orderBy(asc(genres.name)),
    db
      .select({ slug: categories.slug, name: categories.name })
      .from(movieCategories)
      .innerJoin(categories, eq(categories.id, movieCategories.categoryId))
      .where(eq(movieCategories.movieId, movie.id))
      .orderBy(asc(categories.name)),
    db
      .select({ slug: actors.slug, name: actors.name, characterName: movieCast.characterName, photoId: actors.photoId })
      .from(movieCast)
      .innerJoin(actors, eq(actors.id, movieCast.actorId))
      .where(eq(movieCast.movieId, movie.id))
      .orderBy(asc(movieCast.billingOrder)),
    db
      .select({ slug: producers.slug, name: producers.name })
      .from(movieProducers)
      .innerJoin(producers, eq(producers.id, movieProducers.producerId))
      .where(eq(movieProducers.movieId, movie.id))
      .orderBy(asc(producers.name)),
  ]);
  return {
    ...movie,
    updatedAt: movie.updatedAt.toISOString(),
    genres: genreRows,
    categories: categoryRows,
    cast: castRows,
    producers: producerRows,
  };
}

export type PersonDetail = {
  id: string;
  slug: string;
  name: string;
  bio: string;
  photoId: string | null;
  updatedAt: string;
  movies: (MovieCard & { characterName?: string })[];
};

export type ActorDetail = PersonDetail & { birthDate: string | null };
export type ProducerDetail = PersonDetail & { age: number | null; company: string };

export async function getActorBySlug(slug: string): Promise<ActorDetail | null> {
  const db = await getDb();
  const [actor] = await db
    .select({
      id: actors.id,
      slug: actors.slug,
      name: actors.name,
      bio: actors.bio,
      photoId: actors.photoId,
      birthDate: actors.birthDate,
      updatedAt: actors.updatedAt,
    })
    .from(actors)
    .where(eq(actors.slug, slug));
  if (!actor) return null;
  const movieRows = await db
    .select({ ...movieCardColumns, characterName: movieCast.characterName })
    .from(movieCast)
    .innerJoin(movies, eq(movies.id, movieCast.movieId))
    .where(and(eq(movieCast.actorId, actor.id), isNull(movies.archivedAt)))
    .orderBy(desc(movies.releaseDate));
  return { ...actor, updatedAt: actor.updatedAt.toISOString(), movies: movieRows };
}

export async function getProducerBySlug(slug: string): Promise<ProducerDetail | null> {
  const db = await getDb();
  const [producer] = await db
    .select({
      id: producers.id,
      slug: producers.slug,
      name: producers.name,
      bio: producers.bio,
      photoId: producers.photoId,
      age: producers.age,
      company: producers.company,
      updatedAt: producers.updatedAt,
    })
    .from(producers)
    .where(eq(producers.slug, slug));
  if (!producer) return null;
  const movieRows = await db
    .select(movieCardColumns)
    .from(movieProducers)
    .innerJoin(movies, eq(movies.id, movieProducers.movieId))
    .where(and(eq(movieProducers.producerId, producer.id), isNull(movies.archivedAt)))
    .orderBy(desc(movies.releaseDate));
  return { ...producer, updatedAt: producer.updatedAt.toISOString(), movies: movieRows };
}

export type CategoryDetail = {
  slug: string;
  name: string;
  description: string;
  updatedAt: string;
  movies: MovieCard[];
};

export async function getCategoryBySlug(slug: string): Promise<CategoryDetail | null> {
  const db = await getDb();
  const [category] = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      updatedAt: categories.updatedAt,
    })
    .from(categories)
    .where(eq(categories.slug, slug));
  if (!category) return null;
  const movieRows = await db
    .select(movieCardColumns)
    .from(movieCategories)
    .innerJoin(movies, eq(movies.id, movieCategories.movieId))
    .where(and(eq(movieCategories.categoryId, category.id), isNull(movies.archivedAt)))
    .orderBy(desc(movies.releaseDate), asc(movies.title));
  return {
    slug: category.slug,
    name: category.name,
    description: category.description,
    updatedAt: category.updatedAt.toISOString(),
    movies: movieRows,
  };
}

/** The choices offered by the `/movies` filter form. */
export async function listMovieFilterOptions() {
  const db = await getDb();
  const [genreRows, categoryRows, languageRows, formatRows, cinemaRows] = await Promise.all([
    db.select({ slug: genres.slug, name: genres.name }).from(genres).orderBy(asc(genres.name)),
    db.select({ slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.name)),
    db
      .selectDistinct({ code: movies.language })
      .from(movies)
      .where(isNull(movies.archivedAt))
      .orderBy(asc(movies.language)),
    db.select({ code: formats.code, name: formats.name }).from(formats).orderBy(asc(formats.sortOrder)),
    db.select({ slug: cinemas.slug, name: cinemas.name }).from(cinemas).orderBy(asc(cinemas.name)),
  ]);
  return {
    genres: genreRows,
    categories: categoryRows,
    languages: languageRows.map((row) => row.code),
    formats: formatRows,
    cinemas: cinemaRows,
  };
}

/** Every public catalogue page with its last change, for /sitemap.xml. */
export async function listCatalogSitemapEntries() {
  const db = await getDb();
  const [movieRows, actorRows, producerRows, categoryRows] = await Promise.all([
    db.select({ slug: movies.slug, updatedAt: movies.updatedAt }).from(movies).where(isNull(movies.archivedAt)),
    db.select({ slug: actors.slug, updatedAt: actors.updatedAt }).from(actors),
    db.select({ slug: producers.slug, updatedAt: producers.updatedAt }).from(producers),
    db.select({ slug: categories.slug, updatedAt: categories.updatedAt }).from(categories),
  ]);
  return { movies: movieRows, actors: actorRows, producers: producerRows, categories: categoryRows };
}
