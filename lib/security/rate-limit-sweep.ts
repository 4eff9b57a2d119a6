import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "@/db";
import { rateLimits } from "@/db/schema";
import { log } from "@/lib/log/logger";
import { deleteExpiredAccountAttempts } from "./account-throttle";

/**
 * Deletes `rate_limits` rows that expired over `olderThanMinutes` ago. Only for tidiness: an expired
 * row is already ignored and overwritten by the next hit on its key (rate-limit.ts turns the library's
 * own cleanup timer off). Real time, not lib/clock: the library writes `expire` from Date.now().
 * Rows without an expiry are kept.
 */
export async function deleteExpiredRateLimits({ olderThanMinutes = 60 } = {}) {
  const db = await getDb();
  const cutoff = new Date(Date.now() - olderThanMinutes * 60_000);
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.expire, cutoff)).returning({ key: rateLimits.key });
  return deleted.length;
}

/** Every few minutes, each server instance deletes long-expired rate-limit and per-account counters. */
export function startRateLimitSweep(everyMs = 15 * 60_000) {
  const timer = setInterval(() => {
    Promise.all([deleteExpiredRateLimits(), deleteExpiredAccountAttempts()]).catch((error: unknown) =>
      log.error({ err: error }, "expired rate-limit sweep failed"),
    );
  }, everyMs);
  timer.unref();
  return timer;
}
