import { count } from "drizzle-orm";
import { migrate } from "@/db/migrate";
import { movies } from "@/db/schema";
import { demoAccounts, seedDemoData } from "@/db/seed";
import { openDatabase, runScript } from "./open-database";

runScript(async () => {
  const database = await openDatabase();
  try {
    await migrate(database.db, database.driver);
    const [{ value }] = await database.db.select({ value: count() }).from(movies);
    if (value > 0) throw new Error(`${database.where} already has data; run "npm run db:reset" to start over.`);
    await seedDemoData(database.db);
    console.log(`Demo data loaded into ${database.where}. Sign in with:`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}`);
  } finally {
    await database.close();
  }
});
