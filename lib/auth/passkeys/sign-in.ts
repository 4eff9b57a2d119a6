import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from "@simplewebauthn/server";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { passkeys, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { RateLimitedError } from "@/lib/errors";
import { rateLimitAddressKey } from "@/lib/security/client-ip";
import { consumeRateLimit, refundRateLimit } from "@/lib/security/rate-limit";
import { consumeChallenge, saveChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { authenticationResponseSchema } from "./schemas";

/**
 * Signing in with a passkey alone: no email is typed, the authenticator offers the user's
 * discoverable credentials (a button, or the browser's autofill list). Possession of the device
 * plus its lock (user verification) is two factors at once, so no second step follows.
 */
export async function startPasskeySignIn() {
  const db = await getDb();
  const options = await generateAuthenticationOptions({ rpID: relyingParty().id, userVerification: "preferred" });
  await saveChallenge(db, options.challenge, "authentication", null);
  return options;
}

export type PasskeySignInResult =
  | { status: "ok"; user: { id: string; email: string; name: string } }
  | { status: "refused" }
  /** Too many failed attempts from this address (the password sign-in's budget): nothing was checked. */
  | { status: "throttled"; retryAfterSeconds: number };

type PasskeyOwner = { id: string; email: string; name: string };

/**
 * Checks an assertion: the challenge is ours, unspent and issued for this ceremony (for `userId`'s
 * second step, or for anyone's passkey-only sign-in when null), the origin and RP ID are ours, the
 * signature matches the stored key of an enabled account (that user's, when given), and the signature
 * counter moved forward (a lower one means a cloned authenticator). The new counter and the time of
 * use are stored. Returns the key's owner, or null.
 */
async function checkAssertion(db: Db | Tx, response: AuthenticationResponseJSON, userId: string | null): Promise<PasskeyOwner | null> {
  const [key] = await db
    .select({
      id: passkeys.id,
      publicKey: passkeys.publicKey,
      counter: passkeys.counter,
      transports: passkeys.transports,
      user: { id: users.id, email: users.email, name: users.name },
    })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(and(eq(passkeys.id, response.id), isNull(users.disabledAt), userId ? eq(users.id, userId) : undefined));
  if (!key) {
    await recordAudit(db, { actorUserId: null, action: "auth.passkey_failed", entityType: "passkey", entityId: response.id.slice(0, 200) });
    return null;
  }
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: (challenge) => consumeChallenge(db, challenge, "authentication", userId),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: { id: key.id, publicKey: new Uint8Array(key.publicKey), counter: key.counter, transports: key.transports },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) {
    await recordAudit(db, { actorUserId: key.user.id, action: "auth.passkey_failed", entityType: "passkey", entityId: key.id });
    return null;
  }
  await db
    .update(passkeys)
    .set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now() })
    .where(eq(passkeys.id, key.id));
  return key.user;
}

/** A passkey-only sign-in, throttled per address like password sign-ins (a success gives the point back). */
export async function verifyPasskeySignIn(response: AuthenticationResponseJSON, ip: string | null): Promise<PasskeySignInResult> {
  const address = ip ? rateLimitAddressKey(ip) : null;
  try {
    if (address) await consumeRateLimit("signInIp", address);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "throttled", retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  const user = await checkAssertion(await getDb(), response, null);
  if (!user) return { status: "refused" };
  if (address) await refundRateLimit("signInIp", address);
  return { status: "ok", user };
}

/** The options for the second sign-in step with a passkey: only `userId`'s own passkeys will do. */
export async function startPasskeySecondFactor(userId: string) {
  const db = await getDb();
  const keys = await db.select({ id: passkeys.id, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "preferred",
    allowCredentials: keys.map((key) => ({ id: key.id, transports: key.transports })),
  });
  await saveChallenge(db, options.challenge, "authentication", userId);
  return options;
}

/** The second sign-in step: true when `userId`'s own passkey answered the challenge issued for that step. */
export async function verifyPasskeyOf(db: Db | Tx, userId: string, response: AuthenticationResponseJSON): Promise<boolean> {
  return (await checkAssertion(db, response, userId)) !== null;
}

/** For Auth.js's "passkey" provider, whose credentials arrive as strings through any door. */
export async function authorizePasskey(rawResponse: unknown, ip: string | null): Promise<PasskeySignInResult> {
  let json: unknown;
  try {
    json = typeof rawResponse === "string" ? JSON.parse(rawResponse) : null;
  } catch {
    return { status: "refused" };
  }
  const parsed = authenticationResponseSchema.safeParse(json);
  if (!parsed.success) return { status: "refused" };
  return verifyPasskeySignIn(parsed.data, ip);
}
