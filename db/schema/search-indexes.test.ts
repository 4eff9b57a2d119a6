import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { containsPattern } from "@/lib/postgres/like";
import { rowsOf, type Rows } from "@/lib/postgres/rows";
import { testDb } from "@/test/database";

/**
 * The "contains" searches of the admin lists and /movies (ILIKE '%…%') can use a trigram index: with
 * sequential scans priced out, the planner reaches for it, on PGlite and on PostgreSQL alike.
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

  it.each(searches)("serves ILIKE '%…%' on the $column of $table from $index", async ({ table, column, index }) => {
    const db = await testDb();
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(sql`explain select 1 from ${sql.identifier(table)} where ${sql.identifier(column)} ilike ${containsPattern("dune")}`);
    });
    const lines = rowsOf(plan as unknown as Rows<{ "QUERY PLAN": string }>);
    expect(lines.map((line) => line["QUERY PLAN"]).join("\n")).toContain(index);
  });
});
