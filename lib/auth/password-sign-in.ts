import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { signInSchema } from "./schemas";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { beginPasswordAttempt } from "./throttle";

// Verified against when the email is unknown, so both paths cost one argon2 verification.
const dummyHash = hashPassword("marquee-timing-equaliser-password");

export type PasswordSignIn =
  | { status: "ok"; user: { id: string; email: string; name: string } }
  /** The password is right but the address was never confirmed: safe to say so, and offer a new link. */
  | { status: "unverified" }
  | { status: "invalid" }
  /** Too many attempts (for this account, or from this address): nothing was checked. */
  | { status: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password; only an enabled, verified account with that password is "ok". Every
 * password sign-in passes here — the form, Auth.js's own callback endpoint, the JSON API — so this
 * is where the throttles sit (lib/auth/throttle.ts). `ip` is the caller's address (client-ip.ts).
 */
export async function authenticateWithPassword(input: unknown, ip: string | null): Promise<PasswordSignIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;
  let attempt;
  try {
    attempt = await beginPasswordAttempt(email, ip);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "throttled", retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      emailVerified: users.emailVerified,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user?.passwordHash || !valid || user.disabledAt) {
    await recordAudit(db, { actorUserId: null, action: "auth.sign_in_failed", entityType: "user", entityId: user?.id ?? null, details: { email } });
    await attempt.failed(user && !user.disabledAt ? user : null);
    return { status: "invalid" };
  }
  await attempt.succeeded();
  if (!user.emailVerified) return { status: "unverified" };
  if (needsRehash(user.passwordHash)) {
    // Only if the hash is still the one just verified: a reset that landed meanwhile must win.
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  }
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name } };
}
