import { connectPglite, connectPostgres, type Connection } from "@/db/client";
import { env } from "@/lib/env";

/** The database a CLI script works on: DATABASE_URL, or the embedded one under .data/. */
export async function openDatabase(): Promise<Connection & { driver: "pglite" | "postgres"; where: string }> {
  if (env.DATABASE_URL) {
    const connection = await connectPostgres(env.DATABASE_URL, { max: 1 });
    return { ...connection, driver: "postgres", where: new URL(env.DATABASE_URL).host };
  }
  const connection = await connectPglite(env.PGLITE_DATA_DIR);
  return { ...connection, driver: "pglite", where: env.PGLITE_DATA_DIR };
}

/** Runs a script body and turns any failure into one readable line and exit code 1. */
export function runScript(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
