import "server-only";
import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import type { Role } from "./session-policy";
import { containsPattern } from "@/lib/postgres/like";

export const USERS_PAGE_SIZE = 20;

export type UserListFilter = { query?: string; page?: number };


/** A page of users for /admin/users, searched by name or email. Never selects the password hash. */
export async function listUsers({ query = "", page = 1 }: UserListFilter) {
  const db = await getDb();
  const search = query.trim().slice(0, 200);
  const where: SQL | undefined = search
    ? or(ilike(users.email, containsPattern(search)), ilike(users.name, containsPattern(search)))
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        emailVerified: users.emailVerified,
        disabledAt: users.disabledAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(sql`lower(${users.email})`))
      .limit(USERS_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * USERS_PAGE_SIZE),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.value ?? 0, pageCount: Math.max(1, Math.ceil((total?.value ?? 0) / USERS_PAGE_SIZE)) };
}

function refuseSelf(actorId: string, targetId: string, what: string) {
  if (actorId === targetId) throw new ConflictError(`You can't ${what} your own account. Ask another administrator.`);
}

/**
 * Grants or removes admin. Bumps the target's session version, so the change applies on their very
 * next request (their sessions end and they sign in again under the new role). Audited.
 */
export async function changeUserRole(actorId: string, targetId: string, role: Role) {
  refuseSelf(actorId, targetId, "change the role of");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ role: users.role }).from(users).where(eq(users.id, targetId)).for("update");
    if (!before) throw new NotFoundError("That user no longer exists.");
    if (before.role === role) return;
    await tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, targetId));
    await recordAudit(tx, { actorUserId: actorId, action: "user.role_changed", entityType: "user", entityId: targetId, details: { from: before.role, to: role } });
  });
}

/** Disables (every session dies, no sign-in) or re-enables an account. Audited. */
export async function setUserDisabled(actorId: string, targetId: string, disabled: boolean) {
  refuseSelf(actorId, targetId, disabled ? "disable" : "enable");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ disabledAt: disabled ? now() : null, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, targetId), disabled ? isNull(users.disabledAt) : isNotNull(users.disabledAt)))
      .returning({ id: users.id });
    if (!changed) {
      const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, targetId));
      if (!exists) throw new NotFoundError("That user no longer exists.");
      return;
    }
    await recordAudit(tx, { actorUserId: actorId, action: disabled ? "user.disabled" : "user.enabled", entityType: "user", entityId: targetId });
  });
}
