import "server-only";
import { log } from "@/lib/log/logger";
import { deleteExpiredHolds } from "./holds";

/**
 * Every few minutes, each server instance deletes holds that expired over an hour ago. Only for
 * tidiness: expired holds are already ignored by every reader and overwritten by the next claim.
 */
export function startHoldSweep(everyMs = 5 * 60_000) {
  const timer = setInterval(() => {
    deleteExpiredHolds().catch((error: unknown) => log.error({ err: error }, "expired hold sweep failed"));
  }, everyMs);
  timer.unref();
  return timer;
}
