import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { passkeys } from "@/db/schema";
import { recoveryCodesLeft } from "./recovery-codes";
import { totpConfirmedAt } from "./totp";

/** The second factors a user can be asked for. */
export type SecondFactor = "totp" | "passkey" | "recovery";

export type MfaStatus = {
  /** When the authenticator app was turned on; null without one. */
  totpSince: Date | null;
  /** Passkeys: each signs in on its own and also serves as the second step after a password. */
  passkeys: number;
  recoveryCodesLeft: number;
  /** True when a sign-in needs a second step: at least one factor (recovery codes alone don't count). */
  enabled: boolean;
};

export async function getMfaStatus(db: Db | Tx, userId: string): Promise<MfaStatus> {
  const [totpSince, [keys], left] = await Promise.all([
    totpConfirmedAt(db, userId),
    db.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)),
    recoveryCodesLeft(db, userId),
  ]);
  const passkeyCount = keys?.n ?? 0;
  return { totpSince, passkeys: passkeyCount, recoveryCodesLeft: left, enabled: totpSince !== null || passkeyCount > 0 };
}

/** Entry point for the sign-in flow: does this user need a second step? */
export async function mfaEnabledFor(userId: string): Promise<boolean> {
  return (await getMfaStatus(await getDb(), userId)).enabled;
}

/** Entry point for /account/security. */
export async function mfaStatusFor(userId: string): Promise<MfaStatus> {
  return getMfaStatus(await getDb(), userId);
}
