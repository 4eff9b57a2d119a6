"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SecondFactorRefused, SecondFactorRequired, signIn, signOut, SignInThrottled } from "@/lib/auth/auth";
import { currentPendingSignIn, SECOND_FACTOR_PATH } from "@/lib/auth/mfa/pending-sign-in";
import { secondFactorAsCredentials, secondFactorSchema } from "@/lib/auth/mfa/schemas";
import { oauthOptions } from "@/lib/auth/oauth-providers";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import {
  forgotPasswordSchema,
  oauthSignInSchema,
  resendVerificationSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  verifyEmailSchema,
} from "@/lib/auth/schemas";
import { requestVerificationEmail, signUp } from "@/lib/auth/sign-up";
import { throttleEmail } from "@/lib/auth/throttle";
import { confirmEmailAddress, verificationDestination } from "@/lib/auth/verify-email";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { clientIp } from "@/lib/security/client-ip";
import { defineAction, defineFormAction, defineFormStateAction } from "@/lib/actions/define-action";
import { noInput } from "@/lib/actions/operation";
import { ForbiddenError, InvalidError, RateLimitedError, UnauthorizedError } from "@/lib/errors";

/** The right password for an account whose address is not confirmed yet: the form offers a new link. */
class EmailUnverifiedError extends ForbiddenError {
  override readonly code = "email_unverified";
  constructor() {
    super("Confirm your email address before signing in. Check your inbox for our link, or get a new one.");
  }
}

const expiredLink = "This link has expired or was already used. Sign in to get a new one.";

async function callerIp() {
  return clientIp(await headers());
}

export const signInAction = defineFormStateAction({
  access: "public",
  schema: signInSchema,
  handler: async ({ email, password, callbackUrl }): Promise<"signed-in" | "second-factor"> => {
    // The throttles sit in authorize() (lib/auth/password-sign-in.ts), shared with every other door.
    try {
      await signIn("credentials", { email, password, redirectTo: safeRedirectPath(callbackUrl), redirect: false });
      return "signed-in";
    } catch (error) {
      // Right password, two-step account: no session yet, the pending sign-in knows where to go after.
      if (error instanceof SecondFactorRequired) return "second-factor";
      if (error instanceof SignInThrottled) throw new RateLimitedError(error.retryAfterSeconds);
      if (error instanceof CredentialsSignin && error.code === "unverified") throw new EmailUnverifiedError();
      if (error instanceof AuthError) throw new UnauthorizedError("That email and password don't match an account.");
      throw error;
    }
  },
  redirectTo: (result, { callbackUrl }) => (result === "second-factor" ? SECOND_FACTOR_PATH : safeRedirectPath(callbackUrl)),
});

/**
 * The second sign-in step: a code from the authenticator app or a recovery code. Only when it is
 * right does Auth.js open the session (the "second-factor" provider in lib/auth/auth.ts).
 */
export const verifySecondFactorAction = defineAction({
  access: "public",
  schema: secondFactorSchema,
  handler: async (input) => {
    // Read before the step spends it: where the sign-in was heading.
    const pending = await currentPendingSignIn();
    try {
      await signIn("second-factor", { ...secondFactorAsCredentials(input), redirect: false });
    } catch (error) {
      if (error instanceof SecondFactorRefused) throw error.reason;
      throw error;
    }
    // After a recovery code, the security page says how many are left and offers new ones.
    return input.method === "recovery" ? "/account/security?recovery=used" : (pending?.redirectTo ?? "/");
  },
  redirectTo: (destination) => destination,
});

export const signOutAction = defineFormAction({
  access: "public",
  schema: noInput,
  handler: () => signOut({ redirectTo: "/" }),
});

export const signUpAction = defineAction({
  access: "public",
  schema: signUpSchema,
  handler: async (input) => {
    await throttleEmail(input.email, await callerIp());
    await signUp(input);
  },
});

/** Sends a new link to an unverified account; answers the same whatever the address. */
export const resendVerificationAction = defineFormStateAction({
  access: "public",
  schema: resendVerificationSchema,
  handler: async ({ email, callbackUrl }) => {
    await throttleEmail(email, await callerIp());
    requestVerificationEmail(email, callbackUrl);
  },
  message: "If that account still needs confirming, a new link is on its way. Check your inbox.",
});

/**
 * Confirms the address; the owner then signs in with the password (see confirmEmailAddress) and
 * continues to where they were going when they signed up (stored with the token, e.g. their seats).
 */
export const verifyEmailAction = defineFormStateAction({
  access: "public",
  schema: verifyEmailSchema,
  describeInvalid: () => expiredLink,
  handler: async ({ token }) => {
    // Read before the token is spent.
    const destination = await verificationDestination(token);
    const result = await confirmEmailAddress(token, await callerIp());
    if (result.status === "throttled") throw result.error;
    if (result.status === "invalid") throw new InvalidError(expiredLink);
    return destination;
  },
  redirectTo: (destination) =>
    destination ? `/sign-in?verified=1&callbackUrl=${encodeURIComponent(destination)}` : "/sign-in?verified=1",
});

export const forgotPasswordAction = defineFormStateAction({
  access: "public",
  schema: forgotPasswordSchema,
  handler: async ({ email }) => {
    await throttleEmail(email, await callerIp());
    await requestPasswordReset(email);
  },
  message: (_result, { email }) =>
    `If ${email} has a Marquee account, we've sent it a link to reset the password. The link works for 1 hour.`,
});

export const resetPasswordAction = defineFormStateAction({
  access: "public",
  schema: resetPasswordSchema,
  describeInvalid: (error) =>
    error.issues.some((issue) => issue.path[0] === "token") ? "This reset link is incomplete. Open the link from your email again." : undefined,
  handler: ({ token, password }) => resetPassword(token, password),
  redirectTo: () => "/sign-in?reset=1",
});

/** Starts an OAuth sign-in with one of the configured providers (next-auth redirects to it). */
export const oauthSignInAction = defineFormAction({
  access: "public",
  schema: oauthSignInSchema,
  handler: async ({ provider, callbackUrl }) => {
    if (!oauthOptions().some((option) => option.id === provider)) redirect("/sign-in");
    await signIn(provider, { redirectTo: safeRedirectPath(callbackUrl) });
  },
});
