import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { migrate } from "@/db/migrate";
import { demoAccounts, seedDemoData } from "@/db/seed";
import { env } from "@/lib/env";
import { openDatabase, runScript } from "./open-database";

/** Starts over: an empty, migrated database with fresh demo data. Refuses to run in production. */
runScript(async () => {
  if (env.NODE_ENV === "production") throw new Error("db:reset refuses to run with NODE_ENV=production.");
  if (!env.DATABASE_URL && !env.PGLITE_DATA_DIR.startsWith("memory://")) {
    // Taking the lock first means a running dev server is reported, not trampled.
    const probe = await openDatabase();
    await probe.close();
    rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
  }
  const database = await openDatabase();
  try {
    if (database.driver === "postgres") {
      await database.db.execute(sql`drop schema if exists public cascade`);
      await database.db.execute(sql`drop schema if exists drizzle cascade`);
      await database.db.execute(sql`create schema public`);
    }
    await migrate(database.db, database.driver);
    await seedDemoData(database.db);
    console.log(`${database.where} was reset with demo data. Sign in with:`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}${account.totpSecret ? ` (TOTP secret ${account.totpSecret})` : ""}`);
  } finally {
    await database.close();
  }
});
