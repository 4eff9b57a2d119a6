import "server-only";
import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { auditLog, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

/** The viewer's filters, from the URL. Each is optional; `before` is the keyset cursor (an entry id). */
export const auditLogQuerySchema = z.object({
  user: z.string().trim().max(320, "Use at most 320 characters.").optional().transform((value) => value || undefined),
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9_.]*$/, "Pick an action from the list.")
    .optional()
    .transform((value) => value || undefined),
  from: z.union([z.iso.date("Use a date like 2026-01-31."), z.literal("")]).optional().transform((value) => value || undefined),
  to: z.union([z.iso.date("Use a date like 2026-01-31."), z.literal("")]).optional().transform((value) => value || undefined),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

export type AuditLogEntry = {
  id: number;
  createdAt: Date;
  action: string;
  actorUserId: string | null;
  actorEmail: string | null;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  ipAddress: string | null;
  userAgent: string | null;
};

const DAY_MS = 24 * 60 * 60_000;

/** An email (any case) or a user id; null when it names nobody. */
async function resolveUserId(user: string) {
  const db = await getDb();
  const byId = z.uuid().safeParse(user).success;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(byId ? eq(users.id, user) : eq(sql`lower(${users.email})`, user.toLowerCase()));
  return row?.id ?? null;
}

/**
 * One page of the audit log, newest first, paged by id (a keyset: the page after `before` costs the
 * same however deep it is). A user filter matches what the user did and what was done to their account.
 */
export async function listAuditLog(query: AuditLogQuery): Promise<{ entries: AuditLogEntry[]; nextBefore: number | null; unknownUser: boolean }> {
  const conditions: SQL[] = [];
  if (query.user) {
    const userId = await resolveUserId(query.user);
    if (!userId) return { entries: [], nextBefore: null, unknownUser: true };
    const onAccount = and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId));
    conditions.push(or(eq(auditLog.actorUserId, userId), onAccount) as SQL);
  }
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.from) conditions.push(gte(auditLog.createdAt, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) conditions.push(lt(auditLog.createdAt, new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS)));
  if (query.before) conditions.push(lt(auditLog.id, query.before));
  const db = await getDb();
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      actorEmail: users.email,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      ipAddress: auditLog.ipAddress,
      userAgent: auditLog.userAgent,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, nextBefore: rows.length > AUDIT_PAGE_SIZE ? (entries.at(-1)?.id ?? null) : null, unknownUser: false };
}

/** Every action the log holds, for the filter's list. */
export async function listAuditActions(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((row) => row.action);
}
