import type { Metadata } from "next";
import { SecondFactorExpired, SecondFactorForm } from "@/components/auth/second-factor-form";
import { currentPendingSignIn } from "@/lib/auth/mfa/pending-sign-in";
import { mfaStatusFor, type SecondFactor } from "@/lib/auth/mfa/status";

export const metadata: Metadata = { title: "Two-step verification", robots: { index: false } };

const PROMPTS: Record<SecondFactor, string> = {
  totp: "To finish signing in, enter the code from your authenticator app.",
  passkey: "To finish signing in, confirm it's you with one of your passkeys.",
  recovery: "Lost your phone or passkey? Enter one of your recovery codes to finish signing in.",
};

/** The second sign-in step; only a browser with a live pending sign-in gets the form. */
export default async function SecondFactorPage({ searchParams }: PageProps<"/sign-in/second-factor">) {
  const [{ method }, pending] = await Promise.all([searchParams, currentPendingSignIn()]);
  const status = pending ? await mfaStatusFor(pending.userId) : null;
  // The factors this account has, in the order offered; recovery codes always work.
  const available: SecondFactor[] = [
    ...(status?.totpSince ? (["totp"] as const) : []),
    ...(status?.passkeys ? (["passkey"] as const) : []),
    "recovery",
  ];
  const factor = available.find((candidate) => candidate === method) ?? available[0] ?? "recovery";
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Two-step verification</h1>
      {pending ? (
        <>
          <p className="mb-6 text-sm text-zinc-700">
            {pending.via === "credentials" ? "Your password was right. " : ""}
            {PROMPTS[factor]}
          </p>
          <SecondFactorForm method={factor} alternatives={available.filter((candidate) => candidate !== factor)} />
        </>
      ) : (
        <div className="mt-4">
          <SecondFactorExpired />
        </div>
      )}
    </div>
  );
}
