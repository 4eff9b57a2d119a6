import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationsFolder } from "@/db/client";
import { testDb } from "@/test/database";
import { checkReadiness, pendingMigrations } from "./readiness";

/** A copy of the journal with one more migration than the database has seen, as after deploying a newer build. */
function folderWithNewerMigration() {
  const folder = mkdtempSync(path.join(tmpdir(), "marquee-migrations-"));
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
  journal.entries.push({ ...journal.entries.at(-1), when: Date.now() + 86_400_000 } as { when: number });
  mkdirSync(path.join(folder, "meta"));
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(journal));
  return folder;
}

describe("readiness", () => {
  it("is ready on a database that holds every migration of this build", async () => {
    await testDb();
    expect(await checkReadiness()).toEqual({ ready: true, checks: { database: "ok", migrations: "current" } });
  });

  it("counts the build's migrations the database has not applied", async () => {
    const db = await testDb();
    expect(await pendingMigrations(db)).toBe(0);
    expect(await pendingMigrations(db, folderWithNewerMigration())).toBe(1);
  });
});
