import type { Metadata } from "next";
import { SecondFactorExpired, SecondFactorForm } from "@/components/auth/second-factor-form";
import { currentPendingSignIn } from "@/lib/auth/mfa/pending-sign-in";

export const metadata: Metadata = { title: "Two-step verification", robots: { index: false } };

/** The second sign-in step; only a browser with a live pending sign-in gets the form. */
export default async function SecondFactorPage({ searchParams }: PageProps<"/sign-in/second-factor">) {
  const [{ method }, pending] = await Promise.all([searchParams, currentPendingSignIn()]);
  const factor = method === "recovery" ? "recovery" : "totp";
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Two-step verification</h1>
      {pending ? (
        <>
          <p className="mb-6 text-sm text-zinc-700">
            {factor === "totp"
              ? "Your password was right. To finish signing in, enter the code from your authenticator app."
              : "Lost your phone? Enter one of your recovery codes to finish signing in."}
          </p>
          <SecondFactorForm method={factor} />
        </>
      ) : (
        <div className="mt-4">
          <SecondFactorExpired />
        </div>
      )}
    </div>
  );
}
