import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { now } from "@/lib/clock";
import { consumeToken } from "./tokens";

/**
 * Marks the address verified if the link is good and still names the account's current address, and
 * returns the account so the link signs its owner in. Null for a used, expired or superseded link, or
 * a disabled account.
 */
export async function verifyEmailAddress(token: string) {
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
      .returning({ id: users.id, email: users.email, name: users.name });
    return user ?? null;
  });
}

/** The "verification-link" credentials provider: the token is the only credential, spent on use. */
export async function signInWithVerificationLink(token: unknown) {
  if (typeof token !== "string") return null;
  return verifyEmailAddress(token);
}
