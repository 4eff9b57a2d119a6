import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SessionList } from "@/components/auth/session-list";
import { getCurrentSessionId, requireUser } from "@/lib/auth/dal";
import { hasPassword } from "@/lib/auth/password-change";
import { listActiveSessions } from "@/lib/auth/sessions";
import { TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/time/viewer-time-zone";
import { SecurityLog } from "@/components/account/security-log";
import { Passkeys } from "@/components/account/passkeys";
import { SignInMethods } from "@/components/account/sign-in-methods";
import { listSecurityEvents, SECURITY_LOG_DAYS } from "@/lib/account/security-log";
import { deviceName } from "@/lib/auth/device-name";
import { listPasskeys } from "@/lib/auth/passkeys/manage";
import { getReauthMethods } from "@/lib/auth/reauth-methods";
import { formatViewerDateTime } from "@/lib/time/viewer-time-zone";
import { listSignInMethods } from "@/lib/auth/sign-in-methods";
import { TwoStepVerification } from "@/components/account/two-step-verification";
import { mfaStatusFor } from "@/lib/auth/mfa/status";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Security", robots: { index: false } };

/** What came of a "Connect" round trip (lib/auth/sign-in-methods.ts#finishLinking). */
const CONNECT_OUTCOMES: Record<string, { tone: "ok" | "problem"; text: (provider: string) => string }> = {
  connected: { tone: "ok", text: (provider) => `${provider} is connected: you can sign in with it now.` },
  "already-connected": { tone: "ok", text: (provider) => `${provider} was already connected to your account.` },
  taken: {
    tone: "problem",
    text: (provider) => `That ${provider} account is already connected to another Marquee account, so we didn't connect it.`,
  },
  stale: { tone: "problem", text: () => "For your security, confirm it's you and press Connect again." },
};

export default async function SecurityPage({ searchParams }: PageProps<"/account/security">) {
  const user = await requireUser("/account/security");
  const [query, sessions, currentSessionId, withPassword, methods, reauth, events, keys, cookieStore, requestHeaders, mfa] = await Promise.all([
    searchParams,
    listActiveSessions(user.id),
    getCurrentSessionId(),
    hasPassword(user.id),
    listSignInMethods(user.id),
    getReauthMethods(user.id),
    listSecurityEvents(user.id),
    listPasskeys(user.id),
    cookies(),
    headers(),
    mfaStatusFor(user.id),
  ]);
  // Times of the user's own sign-ins and security events, on their own clock.
  const timeZone = viewerTimeZone(cookieStore.get(TIME_ZONE_COOKIE)?.value);
  const passkeyRows = keys.map((key) => ({
    id: key.id,
    name: key.name,
    added: formatViewerDateTime(key.createdAt, timeZone),
    lastUsed: key.lastUsedAt ? formatViewerDateTime(key.lastUsedAt, timeZone) : null,
  }));
  const outcome = typeof query.connect === "string" ? CONNECT_OUTCOMES[query.connect] : undefined;
  const providerName = methods.providers.find((provider) => provider.id === query.provider)?.name ?? "That service";
  const totpSince = mfa.totpSince ? new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(mfa.totpSince) : null;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold tracking-tight">Security</h1>
      {outcome ? (
        <p
          role="status"
          className={`rounded-md px-3 py-2 text-sm ${outcome.tone === "ok" ? "bg-green-50 text-green-800" : "border border-amber-200 bg-amber-50 text-amber-900"}`}
        >
          {outcome.text(providerName)}
        </p>
      ) : null}
      {query.mfa === "required" && !mfa.enabled ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Your role requires two-step verification. Set up an authenticator app or add a passkey below to use the admin pages.
        </p>
      ) : null}
      {query.recovery === "used" ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          You signed in with a recovery code, which now no longer works. You have {mfa.recoveryCodesLeft} recovery{" "}
          {mfa.recoveryCodesLeft === 1 ? "code" : "codes"} left
          {mfa.recoveryCodesLeft <= 3 ? ": make new ones below." : "."}
        </p>
      ) : null}
      <section aria-labelledby="two-step-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="two-step-heading" className="text-lg font-semibold">
          Two-step verification
        </h2>
        <TwoStepVerification
          status={{ enabled: mfa.enabled, totpSince, passkeys: mfa.passkeys, recoveryCodesLeft: mfa.recoveryCodesLeft }}
          reauth={reauth}
        />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change your password
        </h2>
        {withPassword ? (
          <ChangePasswordForm name={user.name} email={user.email} />
        ) : (
          <p className="max-w-md text-zinc-700">
            You sign in with a social account, so there is no password to change. To add one, use{" "}
            <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
              forgot password
            </Link>{" "}
            with {user.email}.
          </p>
        )}
      </section>
      <section aria-labelledby="methods-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="methods-heading" className="text-lg font-semibold">
          Ways to sign in
        </h2>
        <SignInMethods methods={methods} reauth={reauth} />
      </section>
      <section aria-labelledby="passkeys-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="passkeys-heading" className="text-lg font-semibold">
          Passkeys
        </h2>
        <Passkeys passkeys={passkeyRows} reauth={reauth} suggestedName={deviceName(requestHeaders.get("user-agent") ?? "")} />
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you&apos;re signed in
        </h2>
        <SessionList sessions={sessions} currentSessionId={currentSessionId} timeZone={timeZone} />
        <form action={signOutEverywhereAction}>
          <button type="submit" className="text-sm font-semibold text-red-700 hover:underline">
            Sign out everywhere
          </button>
        </form>
      </section>
      <section aria-labelledby="log-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="log-heading" className="text-lg font-semibold">
          Security log
        </h2>
        <SecurityLog events={events} days={SECURITY_LOG_DAYS} timeZone={timeZone} />
      </section>
    </div>
  );
}
