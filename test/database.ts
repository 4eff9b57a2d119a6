import { getDb } from "@/db";

/**
 * This test file's database, migrated: the run's PostgreSQL database (migrated once by
 * global-setup) or this worker's in-memory PGlite (migrated by getDb() when it opens).
 * Files share it, so every test creates uniquely named data of its own.
 */
export const testDb = getDb;

/** A short unique suffix for names, slugs and emails made by one test. */
export function unique(prefix = "t") {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
