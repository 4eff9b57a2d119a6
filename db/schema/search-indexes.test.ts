import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf, type Rows } from "@/lib/postgres/rows";
import { testDb } from "@/test/database";

/**
 * The "contains" searches of the admin lists and /movies (ILIKE '%…%') have a trigram index each, on
 * PGlite and on PostgreSQL alike: a GIN index with pg_trgm's operator class, the only kind of index
 * that can serve a pattern with a leading wildcard. (Whether the planner picks it over a full scan
 * depends on the table's size: at the ×10 seed it does, ADR 015.)
 */
describe("search indexes", () => {
  const searches = [
    { table: "movies", column: "title", index: "movies_title_trgm_idx" },
    { table: "actors", column: "name", index: "actors_name_trgm_idx" },
    { table: "producers", column: "name", index: "producers_name_trgm_idx" },
    { table: "users", column: "email", index: "users_email_trgm_idx" },
    { table: "users", column: "name", index: "users_name_trgm_idx" },
    { table: "orders", column: "number", index: "orders_number_trgm_idx" },
  ];

  it.each(searches)("indexes the $column of $table for ILIKE '%…%' ($index)", async ({ table, column, index }) => {
    const db = await testDb();
    const result = await db.execute(sql`select indexdef from pg_indexes where schemaname = 'public' and tablename = ${table} and indexname = ${index}`);
    const [definition] = rowsOf(result as unknown as Rows<{ indexdef: string }>);
    expect(definition?.indexdef).toContain(`USING gin (${column} gin_trgm_ops)`);
  });
});
