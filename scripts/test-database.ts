import { createDatabase, dropDatabase } from "./database-admin";

/** CLI for scripts/test.sh: `create <server-url> <prefix>` prints a new database's URL; `drop <url>`. */
const [command, url, prefix = "marquee_e2e"] = process.argv.slice(2);

async function main() {
  if (command === "create" && url) console.log(await createDatabase(url, prefix));
  else if (command === "drop" && url) await dropDatabase(url);
  else throw new Error("usage: test-database.ts create <server-url> [prefix] | drop <database-url>");
}

main().catch((error: unknown) => {
  console.error(`test-database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
