import "server-only";
import { headers } from "next/headers";
import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { clientIp, rateLimitAddressKey } from "@/lib/security/client-ip";
import { consumeRateLimit } from "@/lib/security/rate-limit";

export type AuditEntry = {
  /** Null for anonymous callers and the CLI. */
  actorUserId: string | null;
  /** A verb in the past tense, e.g. "actor.created", "showtime.cancelled". */
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

/** Where the request came from, when there is one (scripts and tests have none). */
async function requestOrigin() {
  try {
    const requestHeaders = await headers();
    return { ipAddress: clientIp(requestHeaders), userAgent: requestHeaders.get("user-agent")?.slice(0, 500) ?? null };
  } catch {
    return { ipAddress: null, userAgent: null };
  }
}

/**
 * The one writer of the audit log: who did what, from where (address and user agent). Pass the
 * write's own transaction so the log never records a change that was rolled back.
 */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry) {
  const origin = await requestOrigin();
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
    ipAddress: origin.ipAddress,
    userAgent: origin.userAgent,
  });
}

/**
 * For events anyone can trigger at will (a refused admin call): recorded only while the caller's
 * address and the whole site are within their hourly budgets (`auditFloodIp`, `auditFloodGlobal`),
 * so anonymous traffic can't flood the table. Returns whether the entry was written.
 */
export async function recordAuditWithinBudget(db: Db, entry: AuditEntry) {
  const { ipAddress } = await requestOrigin();
  try {
    if (ipAddress) await consumeRateLimit("auditFloodIp", `${entry.action}|${rateLimitAddressKey(ipAddress)}`);
    await consumeRateLimit("auditFloodGlobal", entry.action);
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
  await recordAudit(db, entry);
  return true;
}
