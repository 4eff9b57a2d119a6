import "server-only";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { getDb } from "@/db";
import { emails } from "@/db/schema";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { deliverEmail } from "./deliver";

/** How long a claimed message is left alone by other instances while this one tries to send it. */
const LEASE_MS = 5 * 60_000;

/**
 * Retries messages whose earlier attempt failed, oldest first. Each batch is claimed by pushing its
 * next attempt past a lease in one statement (FOR UPDATE SKIP LOCKED), so several app instances can
 * run this at once without sending anything twice, and no transaction stays open during HTTP calls.
 */
export async function deliverDueEmails(limit = 20) {
  if (!env.RESEND_API_KEY) return 0;
  const db = await getDb();
  const at = now();
  const due = db
    .select({ id: emails.id })
    .from(emails)
    .where(and(eq(emails.status, "pending"), lte(emails.nextAttemptAt, at)))
    .orderBy(asc(emails.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(emails)
    .set({ nextAttemptAt: new Date(at.getTime() + LEASE_MS) })
    .where(inArray(emails.id, due))
    .returning();
  let sent = 0;
  for (const email of claimed) {
    if (await deliverEmail(db, email)) sent++;
  }
  return sent;
}
