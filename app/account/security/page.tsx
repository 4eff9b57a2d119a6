import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SessionList } from "@/components/auth/session-list";
import { getCurrentSessionId, requireUser } from "@/lib/auth/dal";
import { hasPassword } from "@/lib/auth/password-change";
import { listActiveSessions } from "@/lib/auth/sessions";
import { TIME_ZONE_COOKIE, viewerTimeZone } from "@/lib/time/viewer-time-zone";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Security", robots: { index: false } };

export default async function SecurityPage() {
  const user = await requireUser("/account/security");
  const [sessions, currentSessionId, withPassword, cookieStore] = await Promise.all([
    listActiveSessions(user.id),
    getCurrentSessionId(),
    hasPassword(user.id),
    cookies(),
  ]);
  const timeZone = viewerTimeZone(cookieStore.get(TIME_ZONE_COOKIE)?.value);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold tracking-tight">Security</h1>
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
    </div>
  );
}
