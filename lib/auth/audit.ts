import "server-only";
import { headers } from "next/headers";
import { getDb, type Tx } from "@/db";
import { auditLog } from "@/db/schema";
import { clientIp } from "@/lib/security/client-ip";

export type AuditEntry = {
  actorUserId: string | null;
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

/** Writes one audit row, inside the caller's transaction when given one. */
export async function writeAudit(entry: AuditEntry, tx?: Tx) {
  const db = tx ?? (await getDb());
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
    ipAddress: await requestIp(),
  });
}
