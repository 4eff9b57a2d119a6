import "server-only";
import { and, desc, eq, gt, like, or } from "drizzle-orm";
import { getDb } from "@/db";
import { auditLog } from "@/db/schema";
import { now } from "@/lib/clock";

export const SECURITY_LOG_DAYS = 90;

/** Audit actions that are about an account's security rather than, say, an admin editing a movie. */
const SECURITY_ACTION_PREFIXES = ["auth.", "user.", "mfa.", "passkey.", "session.", "account."];

/**
 * The security events of one account from the audit log: what the user did (sign-ins, failures,
 * password, MFA and email changes…) and what was done to their account. Filtered by owner.
 */
export async function listSecurityEvents(userId: string, options: { days: number | null } = { days: SECURITY_LOG_DAYS }) {
  const db = await getDb();
  const since = options.days === null ? null : new Date(now().getTime() - options.days * 24 * 3600_000);
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      details: auditLog.details,
      ipAddress: auditLog.ipAddress,
      userAgent: auditLog.userAgent,
      at: auditLog.createdAt,
    })
    .from(auditLog)
    .where(
      and(
        or(eq(auditLog.actorUserId, userId), and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId))),
        or(...SECURITY_ACTION_PREFIXES.map((prefix) => like(auditLog.action, `${prefix}%`))),
        since ? gt(auditLog.createdAt, since) : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(500);
  return rows;
}
export type SecurityEvent = Awaited<ReturnType<typeof listSecurityEvents>>[number];
