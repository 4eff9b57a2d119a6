import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { InvalidError, ReauthenticationRequiredError, UnauthorizedError } from "@/lib/errors";
import { getCurrentSessionId, requireSignedIn } from "./dal";
import { verifyPassword } from "./password-hash";
import type { SessionUser } from "./sessions";
import { beginPasswordAttempt } from "./throttle";

/**
 * Recent re-authentication: changing the email, deleting the account, connecting or disconnecting a
 * sign-in method and turning MFA off need the person at the keyboard to have proved who they are
 * within the last 10 minutes — not just to hold a session cookie that may be days old or stolen.
 * The proof is recorded on the server-side session row (`sessions.authenticated_at`): a sign-in sets
 * it, and so does re-entering the password here (or, through `markSessionAuthenticated`, any other
 * way in such as a passkey).
 */
export const RECENT_AUTH_WINDOW_MS = 10 * 60_000;

/** When this session last proved who its user is; null for a missing or revoked session. */
async function sessionAuthenticatedAt(userId: string, sessionId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ authenticatedAt: sessions.authenticatedAt })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  return row?.authenticatedAt ?? null;
}

/** Until when this session counts as recently authenticated (null: it does not). */
export async function recentAuthenticationUntil(userId: string, sessionId: string | null): Promise<Date | null> {
  if (!sessionId) return null;
  const at = await sessionAuthenticatedAt(userId, sessionId);
  if (!at) return null;
  const until = new Date(at.getTime() + RECENT_AUTH_WINDOW_MS);
  return until > now() ? until : null;
}

/**
 * The guard every sensitive action calls first: the signed-in user and their session, or a
 * ReauthenticationRequiredError (which forms answer by showing the re-authentication dialog).
 */
export async function requireRecentAuthentication(): Promise<{ user: SessionUser; sessionId: string }> {
  const user = await requireSignedIn();
  const sessionId = await getCurrentSessionId();
  if (!sessionId) throw new UnauthorizedError();
  if (!(await recentAuthenticationUntil(user.id, sessionId))) throw new ReauthenticationRequiredError();
  return { user, sessionId };
}

/** Records that this session's user just proved who they are (password here; passkey elsewhere). */
export async function markSessionAuthenticated(userId: string, sessionId: string, method: "password" | "passkey") {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ authenticatedAt: now() })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    await recordAudit(tx, {
      actorUserId: userId,
      action: "auth.reauthenticated",
      entityType: "user",
      entityId: userId,
      details: { method },
    });
  });
}

/**
 * Re-authentication with the account's password. Throttled exactly like a sign-in (the same
 * counters), so a stolen session cannot be used to guess the password through this form.
 */
export async function reauthenticateWithPassword(
  user: SessionUser,
  sessionId: string,
  password: string,
  ip: string | null,
) {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!row?.passwordHash) {
    throw new InvalidError("Your account has no password. Sign in again with the service you use instead.");
  }
  const attempt = await beginPasswordAttempt(user.email, ip);
  if (!(await verifyPassword(row.passwordHash, password))) {
    await attempt.failed(user);
    await recordAudit(db, { actorUserId: user.id, action: "auth.reauthentication_failed", entityType: "user", entityId: user.id });
    throw new InvalidError("That isn't your password.", { password: ["That isn't your password."] });
  }
  await attempt.succeeded();
  await markSessionAuthenticated(user.id, sessionId, "password");
}
