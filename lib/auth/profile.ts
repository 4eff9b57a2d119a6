import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import type { ProfileInput } from "./schemas";

/** What the profile page shows about the signed-in user. */
export async function getProfile(userId: string) {
  const db = await getDb();
  const [profile] = await db
    .select({ name: users.name, email: users.email, memberSince: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  return profile ?? null;
}

/** Updates what a user may change about themselves; the schema is `.strict()`, so nothing else gets here. */
export async function updateProfile(userId: string, input: ProfileInput) {
  const db = await getDb();
  await db.update(users).set({ name: input.name }).where(eq(users.id, userId));
}
