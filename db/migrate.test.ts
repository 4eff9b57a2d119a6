import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPglite, migrationsFolder, type Db } from "./client";
import { migrate } from "./migrate";

/** A copy of the real migrations with one more that fails halfway through. */
function migrationsWithABrokenOne() {
  const folder = mkdtempSync(path.join(tmpdir(), "marquee-migrations-"));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[] };
  const last = journal.entries[journal.entries.length - 1];
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(
    path.join(folder, "9999_broken.sql"),
    'CREATE TABLE "half_done" ("id" integer);--> statement-breakpoint\nSELECT * FROM "no_such_table";',
  );
  return folder;
}

async function publicTables(db: Db) {
  // PGlite's driver answers { rows }; this test only runs on PGlite.
  const result = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
  )) as unknown as { rows: { name: string }[] };
  return result.rows.map((row) => row.name);
}

describe("migrations", () => {
  it("apply in one transaction: a failing migration leaves the database as it was", async () => {
    const { db, close } = await connectPglite("memory://");
    try {
      await expect(migrate(db, "pglite", migrationsWithABrokenOne())).rejects.toThrow();
      expect(await publicTables(db)).toEqual([]);

      await migrate(db, "pglite");
      expect(await publicTables(db)).toContain("seat_claims");
    } finally {
      await close();
    }
  });
});
