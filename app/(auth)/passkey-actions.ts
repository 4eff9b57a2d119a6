"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, SignInThrottled } from "@/lib/auth/auth";
import { currentPendingSignIn } from "@/lib/auth/mfa/pending-sign-in";
import { SecondFactorExpiredError } from "@/lib/auth/mfa/second-factor";
import { startPasskeySecondFactor, startPasskeySignIn } from "@/lib/auth/passkeys/sign-in";
import { passkeySignInSchema } from "@/lib/auth/passkeys/schemas";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { defineAction } from "@/lib/actions/define-action";
import { noInput } from "@/lib/actions/operation";
import { RateLimitedError, UnauthorizedError } from "@/lib/errors";

/** The challenge for "Sign in with a passkey" (the button, the browser's autofill, "confirm it's you"). */
export const startPasskeySignInAction = defineAction({
  access: "public",
  schema: noInput,
  handler: () => startPasskeySignIn(),
  data: (options) => options,
});

export const passkeySignInAction = defineAction({
  access: "public",
  schema: passkeySignInSchema,
  handler: async ({ response }) => {
    try {
      await signIn("passkey", { response: JSON.stringify(response), redirect: false });
    } catch (error) {
      if (error instanceof SignInThrottled) throw new RateLimitedError(error.retryAfterSeconds);
      if (error instanceof CredentialsSignin || error instanceof AuthError) {
        throw new UnauthorizedError("That passkey didn't sign you in. Try again, or use your email and password.");
      }
      throw error;
    }
  },
  redirectTo: (_result, { callbackUrl }) => safeRedirectPath(callbackUrl),
});

/** The challenge for the second sign-in step with a passkey: only this browser's pending user's own keys. */
export const startPasskeySecondFactorAction = defineAction({
  access: "public",
  schema: noInput,
  handler: async () => {
    const pending = await currentPendingSignIn();
    if (!pending) throw new SecondFactorExpiredError();
    return startPasskeySecondFactor(pending.userId);
  },
  data: (options) => options,
});
