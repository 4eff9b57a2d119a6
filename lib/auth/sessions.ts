import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { sessionExpiry, SESSION_TOUCH_INTERVAL_MS, type Role } from "./session-policy";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** Opens a server-side session for a user who just proved who they are. */
export async function createSession(
  userId: string,
  meta: { userAgent?: string; ipAddress?: string | null; kind?: "web" | "api" } = {},
) {
  const db = await getDb();
  const [user] = await db
    .select({ role: users.role, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new Error("createSession: unknown user");
  const userAgent = (meta.userAgent ?? "").slice(0, 500);
  // Compared before the new row exists: has this account signed in before, and from this browser?
  const [history] = await db
    .select({
      any: sql<number>`count(*)::int`,
      sameDevice: sql<number>`count(*) filter (where ${sessions.userAgent} = ${userAgent})::int`,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  const at = now();
  const [session] = await db
    .insert(sessions)
    .values({
      userId,
      kind: meta.kind ?? "web",
      sessionVersion: user.sessionVersion,
      createdAt: at,
      lastSeenAt: at,
      authenticatedAt: at,
      ...sessionExpiry(user.role, at, at),
      userAgent,
      ipAddress: meta.ipAddress ?? null,
    })
    .returning({ id: sessions.id, sessionVersion: sessions.sessionVersion, absoluteExpiresAt: sessions.absoluteExpiresAt });
  return { ...session, unknownDevice: (history?.any ?? 0) > 0 && (history?.sameDevice ?? 0) === 0 };
}

/**
 * Checks a session on every request: alive, within its idle and absolute limits, minted under the
 * user's current session version, user not disabled. Slides the idle limit. Null means signed out.
 * The row's version is the one that counts: only trusted server code re-mints a row (the session
 * that changed the password keeps living), so a token's own `sv` is refreshed from it.
 */
export async function validateSession(sessionId: string): Promise<(SessionUser & { sessionVersion: number }) | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      userVersion: users.sessionVersion,
      sessionVersion: sessions.sessionVersion,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      idleExpiresAt: sessions.idleExpiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  const at = now();
  if (
    !row ||
    row.disabledAt ||
    row.sessionVersion !== row.userVersion ||
    row.idleExpiresAt <= at ||
    row.absoluteExpiresAt <= at
  ) {
    return null;
  }
  if (at.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: at, ...sessionExpiry(row.role, row.createdAt, at) })
      .where(eq(sessions.id, sessionId));
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionVersion: row.sessionVersion };
}

export async function revokeSession(sessionId: string, reason: string) {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ revokedAt: now(), revokeReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** A user's live sessions, newest first, for the security page. Filtered by owner. */
export async function listActiveSessions(userId: string) {
  const db = await getDb();
  const at = now();
  return db
    .select({
      id: sessions.id,
      kind: sessions.kind,
      userAgent: sessions.userAgent,
      ipAddress: sessions.ipAddress,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        eq(sessions.sessionVersion, users.sessionVersion),
        gt(sessions.idleExpiresAt, at),
        gt(sessions.absoluteExpiresAt, at),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one of the user's own sessions; another user's session id matches nothing. */
export async function revokeOwnSession(userId: string, sessionId: string) {
  const db = await getDb();
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now(), revokeReason: "signed-out-by-user" })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  if (revoked.length > 0) {
    await recordAudit(db, { actorUserId: userId, action: "auth.session_revoked", entityType: "session", entityId: sessionId });
  }
  return revoked.length > 0;
}

/** Revokes every session of a user except `keepSessionId` (the one making the request), if given. */
export async function revokeOtherSessions(userId: string, keepSessionId: string | null, reason: string) {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ revokedAt: now(), revokeReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    );
}

