import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { movieCast, movieCategories, movieGenres, movieProducers, movies, showtimes } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isForeignKeyViolation } from "@/lib/postgres/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { now } from "@/lib/clock";
import type { MovieInput } from "./schemas";
import { allocateSlug, slugConflict } from "./slug-allocation";

const movieSlugs = { table: movies, id: movies.id, slug: movies.slug, constraint: "movies_slug_key" };

/** Creates or updates a movie and replaces its genres, categories, producers and cast, all in one transaction. */
export async function saveMovie(actorUserId: string, input: MovieInput & { id?: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const slug = await allocateSlug(tx, movieSlugs, input.slug, input.title, input.id);
    const values = {
      title: input.title,
      slug,
      synopsis: input.synopsis,
      releaseDate: input.releaseDate,
      runtimeMinutes: input.runtimeMinutes,
      certificate: input.certificate,
      language: input.language,
      posterId: input.posterId,
      trailerUrl: input.trailerUrl,
    };
    const [row] = await (input.id
      ? tx.update(movies).set(values).where(eq(movies.id, input.id)).returning({ id: movies.id, slug: movies.slug })
      : tx.insert(movies).values(values).returning({ id: movies.id, slug: movies.slug })
    ).catch((error: unknown) => slugConflict(error, movieSlugs.constraint, slug));
    if (!row) throw new NotFoundError("That movie no longer exists.");
    await replaceLinks(tx, row.id, input).catch((error: unknown) => {
      if (isForeignKeyViolation(error)) {
        throw new ConflictError("A genre, category, producer or actor you picked was deleted meanwhile. Reload and try again.");
      }
      throw error;
    });
    await recordAudit(tx, {
      actorUserId,
      action: input.id ? "movie.updated" : "movie.created",
      entityType: "movie",
      entityId: row.id,
      details: { title: input.title, slug, cast: input.cast.length },
    });
    return row;
  });
}

async function replaceLinks(tx: Tx, movieId: string, input: MovieInput) {
  await Promise.all([
    tx.delete(movieGenres).where(eq(movieGenres.movieId, movieId)),
    tx.delete(movieCategories).where(eq(movieCategories.movieId, movieId)),
    tx.delete(movieProducers).where(eq(movieProducers.movieId, movieId)),
    tx.delete(movieCast).where(eq(movieCast.movieId, movieId)),
  ]);
  const unique = (ids: string[]) => [...new Set(ids)];
  if (input.genreIds.length) await tx.insert(movieGenres).values(unique(input.genreIds).map((genreId) => ({ movieId, genreId })));
  if (input.categoryIds.length) {
    await tx.insert(movieCategories).values(unique(input.categoryIds).map((categoryId) => ({ movieId, categoryId })));
  }
  if (input.producerIds.length) {
    await tx.insert(movieProducers).values(unique(input.producerIds).map((producerId) => ({ movieId, producerId })));
  }
  if (input.cast.length) {
    await tx
      .insert(movieCast)
      .values(input.cast.map((member, i) => ({ movieId, actorId: member.actorId, characterName: member.characterName, billingOrder: i + 1 })));
  }
}

/**
 * A movie that was ever scheduled keeps its history (showtimes, tickets, orders): it can only be
 * archived. One never scheduled is deleted with its links.
 */
export async function deleteMovie(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ scheduled }] = await tx.select({ scheduled: count() }).from(showtimes).where(eq(showtimes.movieId, id));
    if (scheduled > 0) {
      throw new ConflictError(
        `This movie has ${scheduled} ${scheduled === 1 ? "showtime" : "showtimes"}, so deleting it would erase booking history. Archive it instead: it leaves the public site and keeps its records.`,
      );
    }
    const [row] = await tx
      .delete(movies)
      .where(eq(movies.id, id))
      .returning({ slug: movies.slug, title: movies.title })
      .catch((error: unknown) => {
        if (isForeignKeyViolation(error)) throw new ConflictError("This movie was scheduled meanwhile. Archive it instead.");
        throw error;
      });
    if (!row) throw new NotFoundError("That movie no longer exists.");
    await recordAudit(tx, { actorUserId, action: "movie.deleted", entityType: "movie", entityId: id, details: row });
    return { slug: row.slug };
  });
}

export async function setMovieArchived(actorUserId: string, id: string, archived: boolean) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(movies)
      .set({ archivedAt: archived ? now() : null })
      .where(eq(movies.id, id))
      .returning({ slug: movies.slug, title: movies.title });
    if (!row) throw new NotFoundError("That movie no longer exists.");
    await recordAudit(tx, { actorUserId, action: archived ? "movie.archived" : "movie.restored", entityType: "movie", entityId: id, details: row });
    return { slug: row.slug };
  });
}
