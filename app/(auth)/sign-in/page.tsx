import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons, OrDivider } from "@/components/auth/oauth-buttons";
import { PasskeySignIn } from "@/components/auth/passkey-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SECOND_FACTOR_PATH } from "@/lib/auth/mfa/pending-sign-in";
import { oauthOptions } from "@/lib/auth/oauth-providers";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** Why an OAuth sign-in was refused, in words a person can act on. */
const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked:
    "An account with this email address already exists. For your security we don't connect a social login to it automatically: sign in with your email and password instead (or reset your password if you've forgotten it).",
  AccountDisabled: "This account has been disabled. Contact us if you think this is a mistake.",
  OAuthEmailMissing: "That provider didn't share a confirmed email address with us, so we can't sign you in with it.",
  OAuthCallbackError: "The sign-in with that provider didn't complete. Please try again.",
  Configuration: "The sign-in with that provider didn't complete. Please try again.",
  AccessDenied: "The sign-in with that provider was cancelled.",
  // Auth.js's own endpoints (not our form) land here after a refused password or passkey.
  CredentialsSignin: "That didn't sign you in. Check your email and password, or try another way.",
};

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, verified, reset, error, code } = await searchParams;
  // A right password through Auth.js's endpoint of an account with two-step verification: its next step.
  if (error === "CredentialsSignin" && code === "second_factor_required") redirect(SECOND_FACTOR_PATH);
  const target = safeRedirectPath(callbackUrl);
  const oauthError = typeof error === "string" ? (OAUTH_ERRORS[error] ?? OAUTH_ERRORS.OAuthCallbackError) : null;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Sign in</h1>
      {verified ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Your email is confirmed. Sign in to continue.
        </p>
      ) : null}
      {reset ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Your password was changed and every device was signed out. Sign in with your new password.
        </p>
      ) : null}
      {oauthError ? (
        <p role="alert" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {oauthError}
        </p>
      ) : null}
      <div className="flex flex-col gap-6">
        <SignInForm callbackUrl={target} />
        <div className="flex flex-col gap-3">
          <OrDivider />
          <PasskeySignIn callbackUrl={target} />
          <OAuthButtons providers={oauthOptions()} callbackUrl={target} divider={false} />
        </div>
      </div>
      <p className="mt-6 text-sm text-zinc-600">
        New to Marquee?{" "}
        <Link href={target === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(target)}`} className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
