import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { type Db, migrationsFolder } from "./client";

/** Applies pending migrations in one transaction: a failure leaves the database as it was. */
export async function migrate(db: Db, driver: "pglite" | "postgres", folder = migrationsFolder) {
  if (driver === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder: folder });
  } else {
    await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
  }
}
