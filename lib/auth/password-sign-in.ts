import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { signInSchema } from "./schemas";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";

// Verified against when the email is unknown, so both paths cost one argon2 verification.
const dummyHash = hashPassword("marquee-timing-equaliser-password");

export type PasswordSignIn =
  | { status: "ok"; user: { id: string; email: string; name: string } }
  /** The password is right but the address was never confirmed: safe to say so, and offer a new link. */
  | { status: "unverified" }
  | { status: "invalid" };

/** Checks an email and password; only an enabled, verified account with that password is "ok". */
export async function authenticateWithPassword(input: unknown): Promise<PasswordSignIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;
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
  if (!user?.passwordHash || !valid || user.disabledAt) return { status: "invalid" };
  if (!user.emailVerified) return { status: "unverified" };
  if (needsRehash(user.passwordHash)) {
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  }
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name } };
}
