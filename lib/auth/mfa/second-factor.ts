import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { InvalidError } from "@/lib/errors";
import { beginSecondFactorAttempt } from "@/lib/auth/throttle";
import { sendTwoStepChangedEmail } from "./notifications";
import { consumePendingSignIn, currentPendingSignIn } from "./pending-sign-in";
import { recoveryCodesLeft, spendRecoveryCode } from "./recovery-codes";
import type { SecondFactorInput } from "./schemas";
import type { SecondFactor } from "./status";
import { checkTotpCode } from "./totp";
import { verifyPasskeyOf } from "@/lib/auth/passkeys/sign-in";

/** No live pending sign-in in this browser (never started, used, or older than 5 minutes). */
export class SecondFactorExpiredError extends InvalidError {
  override readonly code = "second_factor_expired";
  constructor() {
    super("This sign-in has expired. Sign in again with your password.");
  }
}

/** A wrong second-factor code, said beside the field. */
export class WrongCodeError extends InvalidError {
  override readonly code = "second_factor_invalid";
  constructor(message: string) {
    super(message, { code: [message] });
  }
}

export type CompletedSecondFactor = {
  user: { id: string; email: string; name: string };
  factor: SecondFactor;
  /** For the session's audit record: the first step and the factor, e.g. "credentials+totp". */
  method: string;
  redirectTo: string;
  /** After a recovery code: how many remain. */
  recoveryCodesLeft?: number;
};

const WRONG: Record<SecondFactor, string> = {
  totp: "That code is not right. Check the code in your authenticator app and try again.",
  passkey: "That passkey didn't confirm it's you. Use a passkey you added to this account, or another way.",
  recovery: "That recovery code is not right, or it was already used.",
};
const REPLAYED = "That code was already used — wait for the next one in your app.";

async function checkFactor(db: Db, userId: string, input: SecondFactorInput): Promise<"ok" | "invalid" | "replayed"> {
  switch (input.method) {
    case "totp":
      return checkTotpCode(db, userId, input.code);
    case "passkey":
      return (await verifyPasskeyOf(db, userId, input.response)) ? "ok" : "invalid";
    case "recovery":
      return (await spendRecoveryCode(db, userId, input.code)) ? "ok" : "invalid";
  }
}

/**
 * The second sign-in step: checks one factor against this browser's pending sign-in, throttled per
 * account (wrong codes count like wrong passwords, lib/auth/throttle.ts), and spends the pending
 * sign-in. Only then may the caller open a session for the returned user.
 */
export async function completeSecondFactor(input: SecondFactorInput): Promise<CompletedSecondFactor> {
  const pending = await currentPendingSignIn();
  if (!pending) throw new SecondFactorExpiredError();
  const checked = await checkSecondFactor(pending.userId, input);
  if (!checked) throw new SecondFactorExpiredError();
  if (!(await consumePendingSignIn(pending))) throw new SecondFactorExpiredError();
  return { ...checked, method: `${pending.via}+${input.method}`, redirectTo: pending.redirectTo };
}

/**
 * Checks one second factor of a user who has just passed the first step — the web's pending sign-in
 * above, or the API's token request (which carries both steps at once). Throws RateLimitedError while
 * the account's delay runs and WrongCodeError for a wrong factor; null for an unknown or disabled user.
 */
export async function checkSecondFactor(
  userId: string,
  input: SecondFactorInput,
): Promise<Pick<CompletedSecondFactor, "user" | "factor" | "recoveryCodesLeft"> | null> {
  // Throws RateLimitedError (with the wait) while this account's delay runs: nothing is checked then.
  const attempt = await beginSecondFactorAttempt(userId);
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  const owner = { email: user.email, name: user.name };

  const result = await checkFactor(db, user.id, input);
  if (result !== "ok") {
    await recordAudit(db, {
      actorUserId: null,
      action: "auth.second_factor_failed",
      entityType: "user",
      entityId: user.id,
      details: { factor: input.method, reason: result },
    });
    await attempt.failed(owner);
    throw new WrongCodeError(result === "replayed" ? REPLAYED : WRONG[input.method]);
  }
  await attempt.succeeded();

  const checked: Pick<CompletedSecondFactor, "user" | "factor" | "recoveryCodesLeft"> = {
    user: { id: user.id, email: user.email, name: user.name },
    factor: input.method,
  };
  if (input.method === "recovery") {
    const left = await recoveryCodesLeft(db, user.id);
    await recordAudit(db, {
      actorUserId: user.id,
      action: "mfa.recovery_code_used",
      entityType: "user",
      entityId: user.id,
      details: { codesLeft: left },
    });
    await sendTwoStepChangedEmail(owner, "recovery-code-used", { codesLeft: left });
    checked.recoveryCodesLeft = left;
  }
  return checked;
}
