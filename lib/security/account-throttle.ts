import "server-only";
import { eq, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { accountAttempts } from "@/db/schema";
import { now } from "@/lib/clock";
import { RateLimitedError } from "@/lib/errors";

/**
 * The per-account limit, independent of the caller's address: a botnet guessing one account from a
 * thousand addresses still meets it. The first ACCOUNT_FAILURE_THRESHOLD attempts in a window are
 * free; from then on every attempt must wait a delay that doubles each time (30 s, 1 min, 2 min … up
 * to 15 min) rather than a hard lock, so an attacker can slow a victim's account down but never shut
 * it for good. The window ends after ACCOUNT_WINDOW_MS without attempts.
 *
 * An attempt is counted before the secret is checked (parallel guesses can't slip past) and given back
 * when the secret was right.
 */
export const ACCOUNT_FAILURE_THRESHOLD = 10;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 15 * 60_000;

export type AccountAttempt = {
  /** This attempt is the one that reached the threshold: the moment to tell the owner, once per window. */
  reachedThreshold: boolean;
  /** The secret was right: gives the attempt back (and lifts a delay it caused). */
  succeeded(): Promise<void>;
};

function delayAfter(failures: number, at: Date): Date | null {
  const beyond = failures - ACCOUNT_FAILURE_THRESHOLD;
  if (beyond < 0) return null;
  return new Date(at.getTime() + Math.min(FIRST_DELAY_MS * 2 ** beyond, LONGEST_DELAY_MS));
}

/**
 * Counts one attempt on `key`, or throws RateLimitedError (with the wait) while the account's delay
 * runs. `enforce: false` counts without refusing, for callers that earned an exemption (a device
 * the owner has signed in from before) so the owner is not slowed down by someone else's guessing.
 */
export async function beginAccountAttempt(key: string, { enforce = true } = {}): Promise<AccountAttempt> {
  const db = await getDb();
  const reachedThreshold = await db.transaction(async (tx) => {
    const at = now();
    await tx.insert(accountAttempts).values({ key, failures: 0, expiresAt: at }).onConflictDoNothing();
    // The row lock serialises concurrent attempts on one account.
    const [row] = await tx.select().from(accountAttempts).where(eq(accountAttempts.key, key)).for("update");
    const live = row && row.expiresAt > at;
    const delayedUntil = live ? row.delayedUntil : null;
    if (enforce && delayedUntil && delayedUntil > at) {
      throw new RateLimitedError(Math.max(1, Math.ceil((delayedUntil.getTime() - at.getTime()) / 1000)));
    }
    const failures = (live ? row.failures : 0) + 1;
    await tx
      .update(accountAttempts)
      .set({
        failures,
        delayedUntil: delayAfter(failures, at) ?? delayedUntil,
        expiresAt: new Date(at.getTime() + ACCOUNT_WINDOW_MS),
      })
      .where(eq(accountAttempts.key, key));
    return failures === ACCOUNT_FAILURE_THRESHOLD;
  });
  return {
    reachedThreshold,
    succeeded: () => giveBackAttempt(key),
  };
}

async function giveBackAttempt(key: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(accountAttempts).where(eq(accountAttempts.key, key)).for("update");
    if (!row) return;
    const failures = Math.max(row.failures - 1, 0);
    await tx
      .update(accountAttempts)
      .set({ failures, delayedUntil: failures < ACCOUNT_FAILURE_THRESHOLD ? null : row.delayedUntil })
      .where(eq(accountAttempts.key, key));
  });
}

/** Deletes counters whose window ended over an hour ago (they are already ignored). */
export async function deleteExpiredAccountAttempts() {
  const db = await getDb();
  const cutoff = new Date(now().getTime() - 60 * 60_000);
  const deleted = await db.delete(accountAttempts).where(lt(accountAttempts.expiresAt, cutoff)).returning({ key: accountAttempts.key });
  return deleted.length;
}
