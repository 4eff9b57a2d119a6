import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { stallWatchdog } from "./stall-watchdog";

/** The Drizzle database, whichever driver is underneath (PGlite or postgres.js). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const migrationsFolder = path.join(process.cwd(), "db/migrations");

/**
 * LISTEN on a channel. `onPayload` gets each notification's text; `onReconnect` runs when the listening
 * connection came back after a drop (notifications sent meanwhile are lost, so listeners resynchronise).
 * Resolves once the LISTEN is in place; the returned function stops listening.
 */
export type Listen = (
  channel: string,
  onPayload: (payload: string) => void,
  onReconnect?: () => void,
) => Promise<() => Promise<void>>;

export type Connection = { db: Db; close: () => Promise<void>; listen: Listen };

/** Drizzle's hook for every query it sends; db/index.ts sets one in the bench's query-count mode. */
export type QueryLogger = { logQuery: (query: string, params: unknown[]) => void };

const CONNECT_TIMEOUT_SECONDS = 3;
const PROBE_TIMEOUT_SECONDS = 2;
const MAX_RECONNECT_DELAY_SECONDS = 1;

/**
 * How long a connection waits before reconnecting after `retries` failed connections in a row.
 * postgres.js's default grows to 10–20 s, and a request whose query meets a connection in that wait
 * waits with it: during an outage a request hung for 12 s, and the first ones after it for 10 s.
 * Connections open only for a waiting query, so a short bound cannot turn into a storm.
 */
function reconnectDelaySeconds(retries: number) {
  const jitter = 0.5 + Math.random() / 2;
  return Math.min(0.05 * 2 ** retries, MAX_RECONNECT_DELAY_SECONDS) * jitter;
}

/** postgres.js with a pool; one clear line if the server cannot be reached. */
export async function connectPostgres(url: string, { max = 10, logger }: { max?: number; logger?: QueryLogger } = {}): Promise<Connection> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  // connect_timeout bounds the whole handshake (TCP and startup, until the first ReadyForQuery): a
  // refused or black-holed server fails a request within 3 s instead of 10, so pages and the API can
  // answer 503 well inside a proxy's or a person's patience (lib/postgres/unavailable.ts).
  // A connection that goes silent under a query (a partition) is what connect_timeout cannot see:
  // db/stall-watchdog.ts ends it when a fresh connection cannot reach the server either.
  const { socket } = stallWatchdog(async () => {
    const probe = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: PROBE_TIMEOUT_SECONDS });
    try {
      await probe`select 1`;
    } finally {
      await probe.end({ timeout: 0 });
    }
  });
  // postgres.js takes `socket` but its types do not list it.
  const options = { onnotice: () => {}, connect_timeout: CONNECT_TIMEOUT_SECONDS, backoff: reconnectDelaySeconds, ...({ socket } as object) };
  const client = postgres(url, { max, ...options });
  // The listening connection belongs to a client of its own: postgres.js counts failed connections
  // per client, and a listener retrying through an outage would otherwise lengthen the pool's waits.
  const listener = postgres(url, { max: 1, ...options });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 });
    const host = new URL(url).host;
    // The cause keeps the driver's code, so a request that opens the database meets a 503, not a 500.
    throw new Error(`DATABASE_URL: cannot connect to PostgreSQL at ${host} (${describe(error)})`, { cause: error });
  }
  // postgres.js listens on a dedicated connection outside the pool and re-listens after a reconnect;
  // its onlisten callback runs on every (re)connect, so every call after the first is a reconnect.
  const listen: Listen = async (channel, onPayload, onReconnect) => {
    let connects = 0;
    const { unlisten } = await listener.listen(channel, onPayload, () => {
      if (connects++ > 0) onReconnect?.();
    });
    return unlisten;
  };
  const close = async () => {
    await Promise.all([client.end({ timeout: 5 }), listener.end({ timeout: 5 })]);
  };
  return { db: drizzle(client, { schema, logger }) as unknown as Db, close, listen };
}

/**
 * Embedded PGlite. It has no lock of its own and two processes on one folder silently lose writes,
 * so a pid file keeps every other process out while this one has it open.
 */
export async function connectPglite(dataDir: string, { logger }: { logger?: QueryLogger } = {}): Promise<Connection & { created: boolean }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dataDir.startsWith("memory://");
  // A memory database is for tests, which bring their own fixtures: only a new folder gets demo data.
  let created = false;
  let releaseLock = () => {};
  if (!inMemory) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    created = !existsWithData(dataDir);
    releaseLock = takeLock(dataDir);
  }
  // Postgres's default 128 MB of shared buffers is most of PGlite's memory; the embedded database is a
  // developer's or a test's, whose working set fits in a fraction of that (ADR 015, point 6).
  const options = { extensions: { btree_gist, pg_trgm }, startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"] };
  // The (undefined, options) form silently drops the options, so memory mode uses the one-argument form.
  const client = inMemory ? new PGlite(options) : new PGlite(dataDir, options);
  await client.waitReady;
  return {
    db: drizzle(client, { schema, logger }) as unknown as Db,
    created,
    // One in-process session: its own NOTIFYs come back to it at commit, and there is nothing to reconnect.
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

function existsWithData(dataDir: string) {
  try {
    readFileSync(path.join(dataDir, "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

function takeLock(dataDir: string) {
  const lockFile = `${dataDir}.lock`;
  const holder = readLockHolder(lockFile);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database ${dataDir} is open in another process (pid ${holder}, probably "npm run dev"). ` +
        "Stop that process first, or set DATABASE_URL to use PostgreSQL.",
    );
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => rmSync(lockFile, { force: true });
  process.once("exit", release);
  return release;
}

function readLockHolder(lockFile: string) {
  try {
    return Number.parseInt(readFileSync(lockFile, "utf8"), 10) || null;
  } catch {
    return null;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(error: unknown) {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
