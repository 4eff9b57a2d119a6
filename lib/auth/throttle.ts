import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { beginAccountAttempt } from "@/lib/security/account-throttle";
import { rateLimitAddressKey } from "@/lib/security/client-ip";
import { consumeRateLimit, refundRateLimit, resetRateLimit } from "@/lib/security/rate-limit";
import { sendAccountGuessingEmail } from "./notifications";

/**
 * The auth throttles, used by every check of a secret (password sign-in through any door, password
 * change, second-factor codes, verification links) and by every account email. Each throws
 * RateLimitedError (429, with the wait) when a limit is reached.
 *
 * A missing client address (the server could not see the peer, see client-ip.ts) skips the
 * per-address limits instead of pooling such callers in one bucket an attacker could fill to lock
 * everybody out; the per-account limit and the global email budget still hold.
 */

type Owner = { email: string; name: string } | null;

export type SecretCheckAttempt = {
  /** The secret was right: forgive this attempt. */
  succeeded(): Promise<void>;
  /** The secret was wrong: tells the owner, once per window, when this failure reached the account limit. */
  failed(owner: Owner): Promise<void>;
};

// An address the account has signed in from lately is the owner's, in all likelihood: guesses from
// elsewhere must not slow the owner down there (the per-account-and-address limit still applies).
const KNOWN_ADDRESS_DAYS = 90;

async function hasSignedInFrom(email: string, ip: string) {
  const db = await getDb();
  const since = new Date(now().getTime() - KNOWN_ADDRESS_DAYS * 24 * 60 * 60_000);
  const [known] = await db
    .select({ one: sql`1` })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sql`lower(${users.email})`, email), eq(sessions.ipAddress, ip), gt(sessions.createdAt, since)))
    .limit(1);
  return Boolean(known);
}

/** The audit entry of an account reaching its limit (once per window, so it can't flood the table). */
async function recordLockout(account: string, owner: Owner) {
  await recordAudit(await getDb(), {
    actorUserId: null,
    action: "auth.account_throttled",
    entityType: "account",
    entityId: account,
    details: owner ? { email: owner.email } : {},
  });
}

/** Call before checking a password for `email` (sign-in, password change). */
export async function beginPasswordAttempt(email: string, ip: string | null): Promise<SecretCheckAttempt> {
  const account = email.trim().toLowerCase();
  const address = ip ? rateLimitAddressKey(ip) : null;
  if (address) {
    await consumeRateLimit("signInIp", address);
    await consumeRateLimit("signInAccountIp", `${account}|${address}`);
  }
  const attempt = await beginAccountAttempt(`password:${account}`, { enforce: !(ip && (await hasSignedInFrom(account, ip))) });
  return {
    async succeeded() {
      await Promise.all([
        attempt.succeeded(),
        address ? resetRateLimit("signInAccountIp", `${account}|${address}`) : null,
        address ? refundRateLimit("signInIp", address) : null,
      ]);
    },
    async failed(owner) {
      if (!attempt.reachedThreshold) return;
      await recordLockout(`password:${account}`, owner);
      if (owner) await sendAccountGuessingEmail(owner, "password");
    },
  };
}

/**
 * Call before checking a second-factor code (TOTP, recovery code) of a user who has passed the
 * password step. Counted per user on its own key, so wrong codes never slow down password sign-ins.
 */
export async function beginSecondFactorAttempt(userId: string): Promise<SecretCheckAttempt> {
  const attempt = await beginAccountAttempt(`second-factor:${userId}`);
  return {
    succeeded: () => attempt.succeeded(),
    async failed(owner) {
      if (!attempt.reachedThreshold) return;
      await recordLockout(`second-factor:${userId}`, owner);
      if (owner) await sendAccountGuessingEmail(owner, "second-factor");
    },
  };
}

/** Call before spending a verification link; `succeeded()` when the link was good. */
export async function beginVerificationLinkAttempt(ip: string | null) {
  const address = ip ? rateLimitAddressKey(ip) : null;
  if (address) await consumeRateLimit("verificationLinkIp", address);
  return {
    async succeeded() {
      if (address) await refundRateLimit("verificationLinkIp", address);
    },
  };
}

/** Call before sending a sign-up, verification or reset email. */
export async function throttleEmail(recipient: string, ip: string | null) {
  if (ip) await consumeRateLimit("emailIp", rateLimitAddressKey(ip));
  await consumeRateLimit("emailAddress", recipient);
  await consumeRateLimit("accountEmailsGlobal", "all");
}
