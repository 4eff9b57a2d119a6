import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { actors, categories, movieCast, movieCategories, movieProducers, producers } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import type { ActorInput, CategoryInput, ProducerInput } from "./schemas";
import { allocateSlug, slugConflict } from "./slug-allocation";

/** Writes for actors, producers and categories; movies are in movie-mutations.ts. */

const actorSlugs = { table: actors, id: actors.id, slug: actors.slug, constraint: "actors_slug_key" };
const producerSlugs = { table: producers, id: producers.id, slug: producers.slug, constraint: "producers_slug_key" };
const categorySlugs = { table: categories, id: categories.id, slug: categories.slug, constraint: "categories_slug_key" };

export type Saved = { id: string; slug: string };

export async function saveActor(actorUserId: string, input: ActorInput & { id?: string }): Promise<Saved> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const slug = await allocateSlug(tx, actorSlugs, input.slug, input.name, input.id);
    const values = { name: input.name, slug, birthDate: input.birthDate, bio: input.bio, photoId: input.photoId };
    const [row] = await (input.id
      ? tx.update(actors).set(values).where(eq(actors.id, input.id)).returning({ id: actors.id, slug: actors.slug })
      : tx.insert(actors).values(values).returning({ id: actors.id, slug: actors.slug })
    ).catch((error: unknown) => slugConflict(error, actorSlugs.constraint, slug));
    if (!row) throw new NotFoundError("That actor no longer exists.");
    await recordAudit(tx, { actorUserId, action: input.id ? "actor.updated" : "actor.created", entityType: "actor", entityId: row.id, details: { name: input.name, slug } });
    return row;
  });
}

export async function saveProducer(actorUserId: string, input: ProducerInput & { id?: string }): Promise<Saved> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const slug = await allocateSlug(tx, producerSlugs, input.slug, input.name, input.id);
    const values = { name: input.name, slug, age: input.age, company: input.company, bio: input.bio, photoId: input.photoId };
    const [row] = await (input.id
      ? tx.update(producers).set(values).where(eq(producers.id, input.id)).returning({ id: producers.id, slug: producers.slug })
      : tx.insert(producers).values(values).returning({ id: producers.id, slug: producers.slug })
    ).catch((error: unknown) => slugConflict(error, producerSlugs.constraint, slug));
    if (!row) throw new NotFoundError("That producer no longer exists.");
    await recordAudit(tx, { actorUserId, action: input.id ? "producer.updated" : "producer.created", entityType: "producer", entityId: row.id, details: { name: input.name, slug } });
    return row;
  });
}

export async function saveCategory(actorUserId: string, input: CategoryInput & { id?: string }): Promise<Saved> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const slug = await allocateSlug(tx, categorySlugs, input.slug, input.name, input.id);
    const values = { name: input.name, slug, description: input.description };
    const [row] = await (input.id
      ? tx.update(categories).set(values).where(eq(categories.id, input.id)).returning({ id: categories.id, slug: categories.slug })
      : tx.insert(categories).values(values).returning({ id: categories.id, slug: categories.slug })
    ).catch((error: unknown) => slugConflict(error, categorySlugs.constraint, slug));
    if (!row) throw new NotFoundError("That category no longer exists.");
    await recordAudit(tx, { actorUserId, action: input.id ? "category.updated" : "category.created", entityType: "category", entityId: row.id, details: { name: input.name, slug } });
    return row;
  });
}

/**
 * Deleting a person or a category unlinks it from its movies (the join tables cascade); the
 * movies themselves stay. Returns how many movies lost the link, for the audit and the toast.
 */
export async function deleteActor(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ movies }] = await tx.select({ movies: count() }).from(movieCast).where(eq(movieCast.actorId, id));
    const [row] = await tx.delete(actors).where(eq(actors.id, id)).returning({ slug: actors.slug, name: actors.name });
    if (!row) throw new NotFoundError("That actor no longer exists.");
    await recordAudit(tx, { actorUserId, action: "actor.deleted", entityType: "actor", entityId: id, details: { ...row, unlinkedMovies: movies } });
    return { slug: row.slug, unlinkedMovies: movies };
  });
}

export async function deleteProducer(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ movies }] = await tx.select({ movies: count() }).from(movieProducers).where(eq(movieProducers.producerId, id));
    const [row] = await tx.delete(producers).where(eq(producers.id, id)).returning({ slug: producers.slug, name: producers.name });
    if (!row) throw new NotFoundError("That producer no longer exists.");
    await recordAudit(tx, { actorUserId, action: "producer.deleted", entityType: "producer", entityId: id, details: { ...row, unlinkedMovies: movies } });
    return { slug: row.slug, unlinkedMovies: movies };
  });
}

export async function deleteCategory(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ movies }] = await tx.select({ movies: count() }).from(movieCategories).where(eq(movieCategories.categoryId, id));
    const [row] = await tx.delete(categories).where(eq(categories.id, id)).returning({ slug: categories.slug, name: categories.name });
    if (!row) throw new NotFoundError("That category no longer exists.");
    await recordAudit(tx, { actorUserId, action: "category.deleted", entityType: "category", entityId: id, details: { ...row, unlinkedMovies: movies } });
    return { slug: row.slug, unlinkedMovies: movies };
  });
}
