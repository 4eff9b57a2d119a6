import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { signInSchema } from "./schemas";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";

// Verified against when the email is unknown, so both paths cost one argon2 verification.
const dummyHash = hashPassword("marquee-timing-equaliser-password");

/** Returns the user when the email and password match an enabled, verified account. */
export async function authenticateWithPassword(input: unknown) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
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
  if (!user?.passwordHash || !valid || user.disabledAt || !user.emailVerified) return null;
  if (needsRehash(user.passwordHash)) {
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  }
  return { id: user.id, email: user.email, name: user.name };
}
