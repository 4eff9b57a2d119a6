import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { refreshTokens, sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hashToken } from "@/lib/auth/tokens";
import { createSession, revokeSession, validateSession } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";
import { log } from "@/lib/log/logger";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "./access-tokens";

/**
 * API sessions are rows of the web's `sessions` table (kind "api"): listed and revoked beside the
 * browser sessions in /account/security, ended by a password reset like them. A session holds one
 * live refresh token at a time; each use rotates it, and presenting a rotated one again means two
 * parties hold the token, so the whole session ends (RFC 6819 §5.2.2.3).
 */
export type TokenPair = { access_token: string; refresh_token: string; token_type: "Bearer"; expires_in: number };

const REFRESH_TOKEN_PREFIX = "mqr_";

async function mintPair(tx: Tx, session: { id: string; userId: string; expiresAt: Date }): Promise<TokenPair> {
  const refreshToken = REFRESH_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  await tx.insert(refreshTokens).values({ sessionId: session.id, tokenHash: hashToken(refreshToken), expiresAt: session.expiresAt });
  return {
    access_token: await signAccessToken({ userId: session.userId, sessionId: session.id }),
    refresh_token: refreshToken,
    token_type: "Bearer",
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
  };
}

/** Opens an API session for a user who just proved who they are, and its first token pair. */
export async function openApiSession(
  user: { id: string },
  meta: { userAgent: string; ipAddress: string | null; method: string },
): Promise<{ pair: TokenPair; unknownDevice: boolean }> {
  const session = await createSession(user.id, { kind: "api", userAgent: meta.userAgent, ipAddress: meta.ipAddress });
  const db = await getDb();
  const pair = await db.transaction((tx) => mintPair(tx, { id: session.id, userId: user.id, expiresAt: session.absoluteExpiresAt }));
  await recordAudit(db, { actorUserId: user.id, action: "auth.signed_in", entityType: "session", entityId: session.id, details: { method: meta.method } });
  return { pair, unknownDevice: session.unknownDevice };
}

/**
 * Spends a refresh token for a new pair. Null when the token is unknown, expired, or its session has
 * ended; a token that was already rotated also ends its session, so neither the thief nor the owner
 * can go on with it (both sign in again).
 */
export async function rotateRefreshToken(refreshToken: string): Promise<TokenPair | null> {
  if (!refreshToken.startsWith(REFRESH_TOKEN_PREFIX) || refreshToken.length > 100) return null;
  const tokenHash = hashToken(refreshToken);
  const db = await getDb();
  const at = now();
  // One UPDATE … RETURNING: of two requests presenting the same token, exactly one rotates it.
  const [spent] = await db
    .update(refreshTokens)
    .set({ rotatedAt: at })
    .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.rotatedAt), gt(refreshTokens.expiresAt, at)))
    .returning({ sessionId: refreshTokens.sessionId, expiresAt: refreshTokens.expiresAt });
  if (!spent) {
    const [reused] = await db
      .select({ sessionId: refreshTokens.sessionId, rotatedAt: refreshTokens.rotatedAt })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash));
    if (reused?.rotatedAt) await endSessionForReuse(reused.sessionId);
    return null;
  }
  const user = await validateSession(spent.sessionId);
  if (!user) return null;
  return db.transaction((tx) => mintPair(tx, { id: spent.sessionId, userId: user.id, expiresAt: spent.expiresAt }));
}

async function endSessionForReuse(sessionId: string) {
  const db = await getDb();
  const [session] = await db.select({ userId: sessions.userId, revokedAt: sessions.revokedAt }).from(sessions).where(eq(sessions.id, sessionId));
  if (!session || session.revokedAt) return;
  await revokeSession(sessionId, "refresh-token-reused");
  log.warn({ sessionId }, "auth: a rotated refresh token was presented again; its session is revoked");
  await recordAudit(db, { actorUserId: session.userId, action: "auth.refresh_token_reused", entityType: "session", entityId: sessionId });
}

/** Logout: the session row ends, so its access token and refresh token stop working at once. */
export async function closeApiSession(userId: string, sessionId: string) {
  await revokeSession(sessionId, "sign-out");
  await recordAudit(await getDb(), { actorUserId: userId, action: "auth.signed_out", entityType: "session", entityId: sessionId });
}
