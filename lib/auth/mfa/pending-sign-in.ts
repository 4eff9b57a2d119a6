import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb, type Db, type Tx } from "@/db";
import { pendingSignIns } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { hashToken } from "@/lib/auth/tokens";

/**
 * The half-signed-in state between a right password (or OAuth) and the second factor. It lives only
 * in a `pending_sign_ins` row and an httpOnly cookie holding a random token (the row keeps its
 * SHA-256): no Auth.js session or JWT exists yet, so /account, /admin and every action see a visitor.
 * It lasts 5 minutes and is spent by the one second step that succeeds.
 */
export const PENDING_SIGN_IN_COOKIE = "marquee-second-factor";
/** Where a pending sign-in continues. */
export const SECOND_FACTOR_PATH = "/sign-in/second-factor";
export const PENDING_SIGN_IN_TTL_MS = 5 * 60_000;

export type PendingSignIn = { id: string; userId: string; via: string; redirectTo: string; expiresAt: Date };

const columns = {
  id: pendingSignIns.id,
  userId: pendingSignIns.userId,
  via: pendingSignIns.via,
  redirectTo: pendingSignIns.redirectTo,
  expiresAt: pendingSignIns.expiresAt,
};

/** Records a pending sign-in and returns its token (for the cookie). */
export async function createPendingSignIn(db: Db | Tx, userId: string, via: string, redirectTo: string) {
  const token = randomBytes(32).toString("base64url");
  const at = now();
  await db.insert(pendingSignIns).values({
    userId,
    tokenHash: hashToken(token),
    via,
    redirectTo: safeRedirectPath(redirectTo),
    createdAt: at,
    expiresAt: new Date(at.getTime() + PENDING_SIGN_IN_TTL_MS),
  });
  return token;
}

/** The live (unexpired, unspent) pending sign-in of a token, or null. */
export async function findPendingSignIn(db: Db | Tx, token: string): Promise<PendingSignIn | null> {
  const [row] = await db
    .select(columns)
    .from(pendingSignIns)
    .where(and(eq(pendingSignIns.tokenHash, hashToken(token)), isNull(pendingSignIns.consumedAt), gt(pendingSignIns.expiresAt, now())));
  return row ?? null;
}

/** Spends a pending sign-in: true for exactly one caller, and only while it is live. */
export async function spendPendingSignIn(db: Db | Tx, id: string): Promise<boolean> {
  const spent = await db
    .update(pendingSignIns)
    .set({ consumedAt: now() })
    .where(and(eq(pendingSignIns.id, id), isNull(pendingSignIns.consumedAt), gt(pendingSignIns.expiresAt, now())))
    .returning({ id: pendingSignIns.id });
  return spent.length === 1;
}

/** After the first step: opens the pending sign-in and hands this browser its cookie. */
export async function startPendingSignIn(userId: string, via: string, redirectTo: string) {
  const token = await createPendingSignIn(await getDb(), userId, via, redirectTo);
  (await cookies()).set(PENDING_SIGN_IN_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: PENDING_SIGN_IN_TTL_MS / 1000,
  });
}

/** This browser's live pending sign-in, or null (none, expired or already used). */
export async function currentPendingSignIn(): Promise<PendingSignIn | null> {
  const token = (await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  return findPendingSignIn(await getDb(), token);
}

/** Spends this browser's pending sign-in (one use) and drops its cookie; false when it was no longer live. */
export async function consumePendingSignIn(pending: PendingSignIn): Promise<boolean> {
  const spent = await spendPendingSignIn(await getDb(), pending.id);
  if (spent) (await cookies()).delete(PENDING_SIGN_IN_COOKIE);
  return spent;
}
