import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, instant, updatedAt } from "./columns";
import { uploads } from "./media";

export const actors = pgTable(
  "actors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    birthDate: date("birth_date", { mode: "string" }),
    bio: text("bio").notNull().default(""),
    // Deleting an image leaves the person without a photo rather than blocking the delete.
    photoId: uuid("photo_id").references(() => uploads.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("actors_slug_key").on(t.slug),
    index("actors_name_idx").on(t.name),
    index("actors_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("actors_photo_id_idx").on(t.photoId),
    check("actors_birth_date_range", sql`${t.birthDate} >= '1850-01-01'`),
    check("actors_name_length", sql`char_length(${t.name}) between 1 and 200`),
  ],
);

export const producers = pgTable(
  "producers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    age: integer("age"),
    bio: text("bio").notNull().default(""),
    company: text("company").notNull().default(""),
    // Deleting an image leaves the person without a photo rather than blocking the delete.
    photoId: uuid("photo_id").references(() => uploads.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("producers_slug_key").on(t.slug),
    index("producers_name_idx").on(t.name),
    index("producers_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("producers_photo_id_idx").on(t.photoId),
    check("producers_age_range", sql`${t.age} between 0 and 130`),
    check("producers_name_length", sql`char_length(${t.name}) between 1 and 200`),
  ],
);

/** Editorial groupings ("Family night", "Award winners"); a movie can be in several. */
export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("categories_slug_key").on(t.slug), index("categories_name_idx").on(t.name)],
);

/** The fixed vocabulary of film genres (Action, Drama …), used for filters and JSON-LD. */
export const genres = pgTable(
  "genres",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
  },
  (t) => [uniqueIndex("genres_slug_key").on(t.slug)],
);

export const movies = pgTable(
  "movies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    synopsis: text("synopsis").notNull().default(""),
    releaseDate: date("release_date", { mode: "string" }).notNull(),
    runtimeMinutes: integer("runtime_minutes").notNull(),
    /** Age certificate as printed on the poster, e.g. "PG-13", "12A". */
    certificate: text("certificate").notNull(),
    /** Original language, ISO 639-1 ("en", "fr"). */
    language: text("language").notNull(),
    // Deleting an image leaves the movie with its generated artwork rather than blocking the delete.
    posterId: uuid("poster_id").references(() => uploads.id, { onDelete: "set null" }),
    trailerUrl: text("trailer_url"),
    /** Archived movies leave the public catalogue but keep their history and orders. */
    archivedAt: instant("archived_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("movies_slug_key").on(t.slug),
    index("movies_title_idx").on(t.title),
    // Admin and public search are "contains" matches (ILIKE '%…%'), which only a trigram index serves.
    index("movies_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("movies_release_date_idx").on(t.releaseDate),
    index("movies_poster_id_idx").on(t.posterId),
    check("movies_runtime_range", sql`${t.runtimeMinutes} between 1 and 600`),
    check("movies_language_code", sql`${t.language} ~ '^[a-z]{2}$'`),
    check("movies_title_length", sql`char_length(${t.title}) between 1 and 300`),
  ],
);

// Join tables cascade from both sides: deleting a movie, an actor or a category unlinks it.
export const movieCast = pgTable(
  "movie_cast",
  {
    movieId: uuid("movie_id")
      .notNull()
      .references(() => movies.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    characterName: text("character_name").notNull().default(""),
    billingOrder: integer("billing_order").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.movieId, t.actorId] }),
    index("movie_cast_actor_id_idx").on(t.actorId),
    check("movie_cast_billing_order_positive", sql`${t.billingOrder} >= 1`),
  ],
);

export const movieProducers = pgTable(
  "movie_producers",
  {
    movieId: uuid("movie_id")
      .notNull()
      .references(() => movies.id, { onDelete: "cascade" }),
    producerId: uuid("producer_id")
      .notNull()
      .references(() => producers.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.movieId, t.producerId] }),
    index("movie_producers_producer_id_idx").on(t.producerId),
  ],
);

export const movieCategories = pgTable(
  "movie_categories",
  {
    movieId: uuid("movie_id")
      .notNull()
      .references(() => movies.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.movieId, t.categoryId] }),
    index("movie_categories_category_id_idx").on(t.categoryId),
  ],
);

export const movieGenres = pgTable(
  "movie_genres",
  {
    movieId: uuid("movie_id")
      .notNull()
      .references(() => movies.id, { onDelete: "cascade" }),
    genreId: uuid("genre_id")
      .notNull()
      .references(() => genres.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.movieId, t.genreId] }),
    index("movie_genres_genre_id_idx").on(t.genreId),
  ],
);
