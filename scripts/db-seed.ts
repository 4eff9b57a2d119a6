import { parseArgs } from "node:util";
import { count, sql } from "drizzle-orm";
import { migrate } from "@/db/migrate";
import type { Db } from "@/db/client";
import { movies } from "@/db/schema";
import { demoAccounts, refuseDemoAccountsInProduction, seedDemoData } from "@/db/seed";
import { scaleDemoData } from "@/db/seed/scale";
import { rowsOf, type Rows } from "@/lib/postgres/rows";
import { openDatabase, runScript } from "./open-database";

/**
 * Loads the demo data into an empty database; `--scale N` then multiplies it N times, with past sales
 * (db/seed/scale.ts), for measuring at size. With NODE_ENV=production seedDemoData refuses unless
 * --with-public-demo-accounts is passed (scripts/test.sh does, for the e2e run's throw-away database).
 */
runScript(async () => {
  const { values } = parseArgs({
    options: { "with-public-demo-accounts": { type: "boolean", default: false }, scale: { type: "string" } },
  });
  const publicDemoAccountsInProduction = values["with-public-demo-accounts"];
  // Before opening the database, so a refusal costs nothing.
  refuseDemoAccountsInProduction(publicDemoAccountsInProduction);
  const database = await openDatabase();
  try {
    await migrate(database.db, database.driver);
    const [{ value }] = await database.db.select({ value: count() }).from(movies);
    if (value > 0) throw new Error(`${database.where} already has data; run "npm run db:reset" to start over.`);
    await seedDemoData(database.db, { publicDemoAccountsInProduction });
    if (values.scale) {
      await scaleDemoData(database.db, { factor: Number(values.scale) });
      const counts = await countRows(database.db);
      console.log(`Scaled ×${values.scale}: ${Object.entries(counts).map(([table, n]) => `${n} ${table}`).join(", ")}.`);
    }
    console.log(`Demo data loaded into ${database.where}. Sign in with:`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}${account.totpSecret ? ` (TOTP secret ${account.totpSecret})` : ""}`);
  } finally {
    await database.close();
  }
});

async function countRows(db: Db) {
  const result = await db.execute(sql`select
    (select count(*)::int from movies) as movies, (select count(*)::int from cinemas) as cinemas,
    (select count(*)::int from showtimes) as showtimes, (select count(*)::int from orders) as orders,
    (select count(*)::int from tickets) as tickets, (select count(*)::int from users) as users`);
  return rowsOf(result as unknown as Rows<Record<string, number>>)[0];
}
