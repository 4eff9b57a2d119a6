"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut, SignInThrottled } from "@/lib/auth/auth";
import { oauthOptions } from "@/lib/auth/oauth-providers";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { forgotPasswordSchema, resendVerificationSchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { resendVerificationEmail, signUp } from "@/lib/auth/sign-up";
import { verificationDestination } from "@/lib/auth/verify-email";
import { throttleEmail } from "@/lib/auth/throttle";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { clientIp } from "@/lib/security/client-ip";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { RateLimitedError } from "@/lib/errors";

/** The sign-in form also learns whether to offer "resend verification email" (right password only). */
export type SignInState = ActionState & { unverified?: boolean };

async function callerIp() {
  return clientIp(await headers());
}

export async function signInAction(_previous: SignInState | null, formData: FormData): Promise<SignInState> {
  const input = {
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    callbackUrl: String(formData.get("callbackUrl") ?? ""),
  };
  const values = { email: input.email };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const { email, password, callbackUrl } = parsed.data;
  // The throttles sit in authorize() (lib/auth/password-sign-in.ts), shared with every other door.
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInThrottled) return domainErrorState(new RateLimitedError(error.retryAfterSeconds), values);
    if (error instanceof CredentialsSignin && error.code === "unverified") {
      return {
        ok: false,
        unverified: true,
        values,
        formError: "Confirm your email address before signing in. Check your inbox for our link, or get a new one.",
      };
    }
    if (error instanceof AuthError) return { ok: false, formError: "That email and password don't match an account.", values };
    throw error;
  }
  redirect(safeRedirectPath(callbackUrl));
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

export async function signUpAction(input: unknown): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await throttleEmail(parsed.data.email, await callerIp());
  } catch (error) {
    return domainErrorState(error);
  }
  await signUp(parsed.data);
  return { ok: true };
}

/** Sends a new link to an unverified account; answers the same whatever the address. */
export async function resendVerificationAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = resendVerificationSchema.safeParse({ email: String(formData.get("email") ?? "") });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await throttleEmail(parsed.data.email, await callerIp());
  } catch (error) {
    return domainErrorState(error);
  }
  await resendVerificationEmail(parsed.data.email, String(formData.get("callbackUrl") ?? ""));
  return { ok: true, message: "If that account still needs confirming, a new link is on its way. Check your inbox." };
}

/** Confirms the address and signs its owner in with the same single-use token. */
export async function verifyEmailAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const token = String(formData.get("token") ?? "");
  // Read before the token is spent: where the person was going when they signed up (e.g. their seats).
  const destination = await verificationDestination(token);
  try {
    await signIn("verification-link", { token, redirect: false });
  } catch (error) {
    if (error instanceof SignInThrottled) return domainErrorState(new RateLimitedError(error.retryAfterSeconds));
    if (error instanceof AuthError) {
      return { ok: false, formError: "This link has expired or was already used. Sign in to get a new one." };
    }
    throw error;
  }
  redirect(destination ?? "/account?verified=1");
}

export async function forgotPasswordAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await throttleEmail(parsed.data.email, await callerIp());
  } catch (error) {
    return domainErrorState(error, values);
  }
  await requestPasswordReset(parsed.data.email);
  return {
    ok: true,
    message: `If ${parsed.data.email} has a Marquee account, we've sent it a link to reset the password. The link works for 1 hour.`,
  };
}

export async function resetPasswordAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const parsed = resetPasswordSchema.safeParse({
    token: String(formData.get("token") ?? ""),
    password: String(formData.get("password") ?? ""),
  });
  if (!parsed.success) {
    const state = invalidInput(parsed.error);
    if (!state.ok && state.fieldErrors?.token) return { ...state, formError: "This reset link is incomplete. Open the link from your email again." };
    return state;
  }
  try {
    await resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    return domainErrorState(error);
  }
  redirect("/sign-in?reset=1");
}

/** Starts an OAuth sign-in with one of the configured providers (next-auth redirects to it). */
export async function oauthSignInAction(formData: FormData) {
  const provider = String(formData.get("provider") ?? "");
  if (!oauthOptions().some((option) => option.id === provider)) redirect("/sign-in");
  await signIn(provider, { redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
}
