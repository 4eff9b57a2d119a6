import type { TestProject } from "vitest/node";
import { connectPostgres } from "@/db/client";
import { migrate } from "@/db/migrate";
import { createDatabase, dropDatabase } from "@/scripts/database-admin";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

/**
 * With TEST_DATABASE_URL (a PostgreSQL server), the run gets a database of its own, migrated once and
 * dropped at the end. Without it, every test file opens its own in-memory PGlite (test/setup-env.ts).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide("databaseUrl", null);
    return;
  }
  const databaseUrl = await createDatabase(serverUrl, "marquee_test");
  const connection = await connectPostgres(databaseUrl, { max: 1 });
  await migrate(connection.db, "postgres");
  await connection.close();
  project.provide("databaseUrl", databaseUrl);
  return () => dropDatabase(databaseUrl);
}
