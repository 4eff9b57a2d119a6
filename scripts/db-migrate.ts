import { migrate } from "@/db/migrate";
import { openDatabase, runScript } from "./open-database";

runScript(async () => {
  const database = await openDatabase();
  try {
    await migrate(database.db, database.driver);
    console.log(`Migrations applied to ${database.where}.`);
  } finally {
    await database.close();
  }
});
