import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import { migrate } from "@/db/migrate";
import { movies } from "@/db/schema";
import { demoAccounts, refuseDemoAccountsInProduction, seedDemoData } from "@/db/seed";
import { openDatabase, runScript } from "./open-database";

/**
 * Loads the demo data into an empty database. With NODE_ENV=production seedDemoData refuses unless
 * --with-public-demo-accounts is passed (scripts/test.sh does, for the e2e run's throw-away database).
 */
runScript(async () => {
  const { values } = parseArgs({ options: { "with-public-demo-accounts": { type: "boolean", default: false } } });
  const publicDemoAccountsInProduction = values["with-public-demo-accounts"];
  // Before opening the database, so a refusal costs nothing.
  refuseDemoAccountsInProduction(publicDemoAccountsInProduction);
  const database = await openDatabase();
  try {
    await migrate(database.db, database.driver);
    const [{ value }] = await database.db.select({ value: count() }).from(movies);
    if (value > 0) throw new Error(`${database.where} already has data; run "npm run db:reset" to start over.`);
    await seedDemoData(database.db, { publicDemoAccountsInProduction });
    console.log(`Demo data loaded into ${database.where}. Sign in with:`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}${account.totpSecret ? ` (TOTP secret ${account.totpSecret})` : ""}`);
  } finally {
    await database.close();
  }
});
