import type { Db, Tx } from "@/db";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  actorUserId: string;
  /** A verb in the past tense, e.g. "actor.created", "showtime.cancelled". */
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
};

/** Records who did what, inside the same transaction as the write, so the log never lies. */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry) {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details: entry.details ?? {},
  });
}
