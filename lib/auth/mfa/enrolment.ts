import "server-only";
import { getDb, type Tx } from "@/db";
import { recordAudit } from "@/lib/audit";
import { ConflictError, InvalidError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/sessions";
import { beginSecondFactorAttempt } from "@/lib/auth/throttle";
import { sendTwoStepChangedEmail } from "./notifications";
import { issueRecoveryCodes, removeRecoveryCodes } from "./recovery-codes";
import { getMfaStatus } from "./status";
import { beginTotpEnrolment, checkTotpCode, removeTotp } from "./totp";

/**
 * The account owner's side of two-step verification (/account/security): add an authenticator app,
 * confirm it with one code, remove it, make new recovery codes. Removing a factor and replacing the
 * codes need a recent re-authentication, which the actions ask for before calling in here.
 */

/** A fresh secret to scan or type; an authenticator that is already on must be removed first. */
export async function startAuthenticatorEnrolment(user: SessionUser) {
  const db = await getDb();
  if ((await getMfaStatus(db, user.id)).totpSince) {
    throw new ConflictError("An authenticator app is already on. Remove it first to set up another.");
  }
  const { secret, qrSvg } = await beginTotpEnrolment(db, user);
  return { secret, qrSvg };
}

/**
 * Turns the authenticator on with one valid code. When it is the user's first factor, the recovery
 * codes are issued now and returned: the only time they are ever shown.
 */
export async function confirmAuthenticator(user: SessionUser, code: string): Promise<{ recoveryCodes: string[] | null }> {
  const db = await getDb();
  const before = await getMfaStatus(db, user.id);
  if (before.totpSince) throw new ConflictError("Your authenticator app is already on.");
  // A stolen session must not be able to guess codes quickly either.
  const attempt = await beginSecondFactorAttempt(user.id);
  const result = await checkTotpCode(db, user.id, code, { unconfirmed: true });
  if (result !== "ok") {
    await attempt.failed(user);
    const message =
      result === "replayed" ? "That code was already used — wait for the next one." : "That code is not right. Check the time on your phone and try the current code.";
    throw new InvalidError(message, { code: [message] });
  }
  await attempt.succeeded();
  const recoveryCodes = await db.transaction(async (tx) => {
    await recordAudit(tx, { actorUserId: user.id, action: "mfa.totp_enabled", entityType: "user", entityId: user.id });
    return before.enabled ? null : issueFirstRecoveryCodes(tx, user.id);
  });
  await sendTwoStepChangedEmail(user, "authenticator-added");
  return { recoveryCodes };
}

/**
 * Removes the authenticator. Without another factor left, two-step verification is off: the recovery
 * codes go too, and the email says so.
 */
export async function removeAuthenticator(user: SessionUser): Promise<{ turnedOff: boolean }> {
  const db = await getDb();
  const turnedOff = await db.transaction(async (tx) => {
    const removed = await removeTotp(tx, user.id);
    if (!removed) throw new InvalidError("There is no authenticator app to remove.");
    await recordAudit(tx, { actorUserId: user.id, action: "mfa.totp_removed", entityType: "user", entityId: user.id });
    return settleAfterFactorRemoved(tx, user.id);
  });
  await sendTwoStepChangedEmail(user, turnedOff ? "turned-off" : "authenticator-removed");
  return { turnedOff };
}

/**
 * After a first factor (an authenticator app or a passkey) is added: the recovery codes, returned
 * this once for the owner to save.
 */
export async function issueFirstRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = await issueRecoveryCodes(tx, userId);
  await recordAudit(tx, { actorUserId: userId, action: "mfa.recovery_codes_issued", entityType: "user", entityId: userId });
  return codes;
}

/**
 * After a factor was removed: with none left, two-step verification is off and the recovery codes
 * go with it. True when it was turned off.
 */
export async function settleAfterFactorRemoved(tx: Tx, userId: string): Promise<boolean> {
  if ((await getMfaStatus(tx, userId)).enabled) return false;
  await removeRecoveryCodes(tx, userId);
  await recordAudit(tx, { actorUserId: userId, action: "mfa.disabled", entityType: "user", entityId: userId });
  return true;
}

/** A new set of recovery codes (returned once); the old set stops working. */
export async function replaceRecoveryCodes(user: SessionUser): Promise<string[]> {
  const db = await getDb();
  const codes = await db.transaction(async (tx) => {
    if (!(await getMfaStatus(tx, user.id)).enabled) {
      throw new InvalidError("Turn on two-step verification first: recovery codes go with it.");
    }
    const issued = await issueRecoveryCodes(tx, user.id);
    await recordAudit(tx, { actorUserId: user.id, action: "mfa.recovery_codes_replaced", entityType: "user", entityId: user.id });
    return issued;
  });
  await sendTwoStepChangedEmail(user, "recovery-codes-replaced");
  return codes;
}
