import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accounts, users } from "@/db/schema";
import { oauthOptions } from "./oauth-providers";

/** The ways this user can prove it's them again, for the re-authentication dialog. */
export type ReauthMethods = {
  password: boolean;
  /** Linked and configured OAuth providers: signing in again through one is a fresh proof too. */
  providers: { id: string; name: string }[];
};

export async function getReauthMethods(userId: string): Promise<ReauthMethods> {
  const db = await getDb();
  const [[user], linked] = await Promise.all([
    db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)),
    db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId)),
  ]);
  const linkedIds = new Set(linked.map((row) => row.provider));
  return {
    password: Boolean(user?.passwordHash),
    providers: oauthOptions().filter((option) => linkedIds.has(option.id)),
  };
}
