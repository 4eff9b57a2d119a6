import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accounts, passkeys, users } from "@/db/schema";
import { oauthOptions } from "./oauth-providers";

/** The ways this user can prove it's them again, for the re-authentication dialog. */
export type ReauthMethods = {
  password: boolean;
  /** One of their passkeys, when they have any. */
  passkey: boolean;
  /** Linked and configured OAuth providers: signing in again through one is a fresh proof too. */
  providers: { id: string; name: string }[];
};

export async function getReauthMethods(userId: string): Promise<ReauthMethods> {
  const db = await getDb();
  const [[user], linked, [keys]] = await Promise.all([
    db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)),
    db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId)),
    db.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)),
  ]);
  const linkedIds = new Set(linked.map((row) => row.provider));
  return {
    password: Boolean(user?.passwordHash),
    passkey: (keys?.n ?? 0) > 0,
    providers: oauthOptions().filter((option) => linkedIds.has(option.id)),
  };
}
