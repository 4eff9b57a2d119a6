import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { oneTimeTokens, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { RateLimitedError } from "@/lib/errors";
import { beginVerificationLinkAttempt } from "./throttle";
import { safeRedirectPath } from "./safe-redirect";
import { consumeToken, hashToken } from "./tokens";

/**
 * Marks the address verified if the link is good and still names the account's current address.
 * Null for a used, expired or superseded link, or a disabled account.
 */
async function verifyEmailAddress(token: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const spent = await consumeToken(tx, token, "verify_email");
    if (!spent) return null;
    const [user] = await tx
      .update(users)
      .set({ emailVerified: now() })
      .where(
        and(
          eq(users.id, spent.userId),
          eq(sql`lower(${users.email})`, spent.email.toLowerCase()),
          isNull(users.disabledAt),
        ),
      )
      .returning({ id: users.id });
    if (user) await recordAudit(tx, { actorUserId: user.id, action: "auth.email_verified", entityType: "user", entityId: user.id });
    return user ?? null;
  });
}

/**
 * Confirms an address from its emailed link. It deliberately does not sign anyone in: whoever signed up
 * may not be whoever owns the inbox (someone can sign up with a victim's address and a password of their
 * own, then wait for the victim to click "Confirm"), so the owner proves the password next. Throttled per
 * address like any other credential check (lib/auth/throttle.ts).
 */
export async function confirmEmailAddress(token: unknown, ip: string | null) {
  let attempt;
  try {
    attempt = await beginVerificationLinkAttempt(ip);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "throttled" as const, error };
    throw error;
  }
  const confirmed = typeof token === "string" ? await verifyEmailAddress(token) : null;
  if (!confirmed) return { status: "invalid" as const };
  await attempt.succeeded();
  return { status: "ok" as const };
}

/**
 * Where the person was going when they signed up (stored with the link's token), or null. Read
 * before the token is spent; it is only a same-origin path, so reading it grants nothing.
 */
export async function verificationDestination(token: unknown): Promise<string | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  const db = await getDb();
  const [row] = await db
    .select({ redirectTo: oneTimeTokens.redirectTo })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tokenHash, hashToken(token)), eq(oneTimeTokens.purpose, "verify_email")));
  const path = safeRedirectPath(row?.redirectTo, "");
  return path || null;
}
