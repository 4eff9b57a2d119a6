import "server-only";
import { getDb, type Db, type Tx } from "@/db";
import { recoveryCodesLeft } from "./recovery-codes";
import { totpConfirmedAt } from "./totp";

/** The second factors a user can be asked for; passkeys join this union when they arrive. */
export type SecondFactor = "totp" | "recovery";

export type MfaStatus = {
  /** When the authenticator app was turned on; null without one. */
  totpSince: Date | null;
  recoveryCodesLeft: number;
  /** True when a sign-in needs a second step: at least one factor (recovery codes alone don't count). */
  enabled: boolean;
};

export async function getMfaStatus(db: Db | Tx, userId: string): Promise<MfaStatus> {
  const [totpSince, left] = await Promise.all([totpConfirmedAt(db, userId), recoveryCodesLeft(db, userId)]);
  const factors = [totpSince !== null];
  return { totpSince, recoveryCodesLeft: left, enabled: factors.some(Boolean) };
}

/** Entry point for the sign-in flow: does this user need a second step? */
export async function mfaEnabledFor(userId: string): Promise<boolean> {
  return (await getMfaStatus(await getDb(), userId)).enabled;
}

/** Entry point for /account/security. */
export async function mfaStatusFor(userId: string): Promise<MfaStatus> {
  return getMfaStatus(await getDb(), userId);
}
