import "server-only";
import { headers } from "next/headers";
import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";
import { clientIp } from "@/lib/security/client-ip";

export type AuditEntry = {
  /** Null for anonymous callers and the CLI. */
  actorUserId: string | null;
  /** A verb in the past tense, e.g. "actor.created", "showtime.cancelled". */
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

/** The caller's address, when there is a request (scripts and tests have none). */
async function requestIp() {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}

/**
 * The one writer of the audit log: who did what, from where. Pass the write's own transaction so the
 * log never records a change that was rolled back.
 */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
    ipAddress: await requestIp(),
  });
}
