import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { migrationsFolder } from "@/db/client";
import { processStore } from "@/lib/cache/redis-cache-handler.mjs";
import { rowsOf, type Rows } from "@/lib/postgres/rows";
import { log } from "@/lib/log/logger";

/** A load balancer's probe gives up after a few seconds: answer "not ready" before it does. */
const CHECK_TIMEOUT_MS = 2_000;

export type Readiness = {
  ready: boolean;
  checks: {
    database: "ok" | "unreachable";
    migrations: "current" | `${number} pending` | "unknown";
    /** Only when REDIS_URL is set: the shared cache (pages still answer without it, but slower). */
    redis?: "ok" | "unreachable";
  };
};

const shippedByFolder = new Map<string, number[]>();

/**
 * When each migration this build ships was generated (drizzle-kit's journal): drizzle records the same
 * instant when it applies one. The build's files never change under a running process: read once per folder.
 */
function shippedMigrations(folder: string): number[] {
  let shipped = shippedByFolder.get(folder);
  if (!shipped) {
    const journal = JSON.parse(readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
    shipped = journal.entries.map((entry) => entry.when);
    shippedByFolder.set(folder, shipped);
  }
  return shipped;
}

/** How many of this build's migrations the database has not applied (all of them on a database never migrated). */
export async function pendingMigrations(db: Db, folder = migrationsFolder): Promise<number> {
  const result = await db.execute(sql`select
    case when to_regclass('drizzle.__drizzle_migrations') is null then null
         else (select max(created_at)::bigint from drizzle.__drizzle_migrations) end as latest`);
  const [{ latest }] = rowsOf(result as unknown as Rows<{ latest: string | number | null }>);
  const applied = latest === null ? -1 : Number(latest);
  return shippedMigrations(folder).filter((when) => when > applied).length;
}

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * GET /api/ready: this instance may take traffic when its database answers and holds every migration
 * of this build, and its shared cache answers when one is configured (REDIS_URL). The database is one
 * small query reported within two seconds; Redis one PING within half a second; both run at once.
 */
export async function checkReadiness(): Promise<Readiness> {
  const [database, redis] = await Promise.all([checkDatabase(), processStore()?.ping()]);
  const checks: Readiness["checks"] = { ...database };
  if (redis !== undefined) checks.redis = redis ? "ok" : "unreachable";
  return { ready: database.migrations === "current" && redis !== false, checks };
}

async function checkDatabase(): Promise<Pick<Readiness["checks"], "database" | "migrations">> {
  try {
    const pending = await withinTimeout(getDb().then((db) => pendingMigrations(db)));
    return { database: "ok", migrations: pending === 0 ? "current" : `${pending} pending` };
  } catch (error) {
    log.error({ reason: error instanceof Error ? error.message : String(error) }, "readiness check failed");
    return { database: "unreachable", migrations: "unknown" };
  }
}
