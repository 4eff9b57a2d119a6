import "server-only";
import { env } from "@/lib/env";
import { connectPglite, connectPostgres, type Connection, type Db, type Listen } from "./client";
import { migrate } from "./migrate";

export type { Db, Tx } from "./client";

/**
 * The app's database, opened on first use (never at build time) and kept on globalThis so dev hot
 * reloads reuse it. No DATABASE_URL: embedded PGlite under .data/, migrated on every start and, outside
 * production, seeded with demo data on first start. Production never seeds: the demo accounts' passwords
 * are public (lib/env.ts only lets production use the embedded database with MARQUEE_EMBEDDED_DB=1).
 */
const holder = globalThis as unknown as { marqueeDb?: Promise<Db>; marqueeListen?: Listen };

export function getDb(): Promise<Db> {
  holder.marqueeDb ??= open().catch((error: unknown) => {
    holder.marqueeDb = undefined;
    throw error;
  });
  return holder.marqueeDb;
}

/** LISTEN through the app's database (lib/booking/seat-event-hub.ts keeps one per process). */
export const listen: Listen = async (...args) => {
  await getDb();
  if (!holder.marqueeListen) throw new Error("unreachable: getDb() sets the listener when it opens");
  return holder.marqueeListen(...args);
};

function opened(connection: Connection): Db {
  holder.marqueeListen = connection.listen;
  return connection.db;
}

// A line per query, not a count kept here: the bench reads them from the log around each request it sends.
const logger = env.MARQUEE_LOG_QUERIES === "1" ? { logQuery: () => console.info("[db-query]") } : undefined;

async function open(): Promise<Db> {
  if (env.DATABASE_URL) return opened(await connectPostgres(env.DATABASE_URL, { logger }));
  const connection = await connectPglite(env.PGLITE_DATA_DIR, { logger });
  opened(connection);
  await migrate(connection.db, "pglite");
  if (connection.created && env.NODE_ENV === "production") {
    console.info(
      `Marquee: created an empty embedded database in ${env.PGLITE_DATA_DIR}. ` +
        'Create the first admin with "npm run admin:create".',
    );
  } else if (connection.created) {
    const { seedDemoData, demoAccounts } = await import("./seed");
    await seedDemoData(connection.db);
    console.info(
      `Marquee: created the embedded database in ${env.PGLITE_DATA_DIR} with demo data.\n` +
        demoAccounts.map((a) => `  ${a.role.padEnd(8)} ${a.email} / ${a.password}${a.totpSecret ? ` (TOTP secret ${a.totpSecret})` : ""}`).join("\n"),
    );
  }
  return connection.db;
}
