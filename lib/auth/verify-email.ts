import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { now } from "@/lib/clock";
import { consumeToken } from "./tokens";

/** Marks the address verified if the link is good and still names the account's current address. */
export async function verifyEmailAddress(token: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const spent = await consumeToken(tx, token, "verify_email");
    if (!spent) return null;
    const [user] = await tx
      .update(users)
      .set({ emailVerified: now() })
      .where(and(eq(users.id, spent.userId), eq(sql`lower(${users.email})`, spent.email.toLowerCase())))
      .returning({ id: users.id, email: users.email });
    return user ?? null;
  });
}
