import "server-only";
import { and, eq, like, ne, or, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { ConflictError } from "@/lib/errors";
import { isConstraintViolation } from "@/lib/postgres/errors";
import { slugify } from "./slug";

type SlugTable = { table: PgTable; id: PgColumn; slug: PgColumn; constraint: string };

/**
 * The slug a record gets: the one the admin typed (refused if another record has it), or one made
 * from the name with -2, -3 … added until it is free. The unique index still decides races: see
 * `slugConflict`.
 */
export async function allocateSlug(tx: Tx, target: SlugTable, wanted: string, name: string, excludeId?: string) {
  const notSelf = (condition: SQL) => (excludeId ? and(condition, ne(target.id, excludeId)) : condition);
  if (wanted) {
    const taken = await tx.select({ slug: target.slug }).from(target.table).where(notSelf(eq(target.slug, wanted))).limit(1);
    if (taken.length > 0) throw slugTaken(wanted);
    return wanted;
  }
  const base = slugify(name);
  const rows = await tx
    .select({ slug: target.slug })
    .from(target.table)
    .where(notSelf(or(eq(target.slug, base), like(target.slug, `${base}-%`)) as SQL));
  const used = new Set(rows.map((r) => String(r.slug)));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function slugTaken(slug: string) {
  return new ConflictError("That slug is already used.", { slug: [`"${slug}" is already used by another record.`] });
}

/** Turns a lost race on the slug's unique index into the same field error. */
export function slugConflict(error: unknown, constraint: string, slug: string): never {
  if (isConstraintViolation(error, constraint)) throw slugTaken(slug);
  throw error;
}
