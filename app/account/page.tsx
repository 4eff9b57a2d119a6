import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { EmailChangeForm } from "@/components/auth/email-change-form";
import { ProfileForm } from "@/components/auth/profile-form";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/dal";
import { getPendingEmailChange } from "@/lib/auth/email-change";
import { getProfile } from "@/lib/auth/profile";
import { getReauthMethods } from "@/lib/auth/reauth-methods";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

const sectionClasses = "flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-5 sm:p-6";

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [profile, pending, reauth] = await Promise.all([
    getProfile(user.id),
    getPendingEmailChange(user.id),
    getReauthMethods(user.id),
  ]);
  if (!profile) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <section aria-labelledby="details-heading" className={sectionClasses}>
        <h2 id="details-heading" className="text-lg font-semibold">
          Your details
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-2">
          <dt className="font-medium text-zinc-600">Email</dt>
          <dd className="mb-2 break-all sm:mb-0">{profile.email}</dd>
          <dt className="font-medium text-zinc-600">Member since</dt>
          <dd>{longDate.format(profile.memberSince)}</dd>
        </dl>
        <ProfileForm name={profile.name} />
      </section>
      <section aria-labelledby="email-heading" className={sectionClasses}>
        <h2 id="email-heading" className="text-lg font-semibold">
          Change your email
        </h2>
        {pending ? (
          <p role="status" className="max-w-md rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Waiting for you to open the link we sent to <strong className="break-all">{pending.email}</strong>. Until
            then you keep using {profile.email}.
          </p>
        ) : null}
        <EmailChangeForm reauth={reauth} />
      </section>
      <section aria-labelledby="data-heading" className={sectionClasses}>
        <h2 id="data-heading" className="text-lg font-semibold">
          Your data
        </h2>
        <p className="max-w-prose text-sm text-zinc-700">
          Download everything we hold about you — your profile, orders and tickets, where you&apos;re signed in and your
          security log — as a JSON file.
        </p>
        <a href="/account/data" download className={buttonClasses("secondary", "self-start")}>
          Download your data
        </a>
      </section>
      <section aria-labelledby="delete-heading" className={`${sectionClasses} border-red-200`}>
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800">
          Delete account
        </h2>
        <p className="max-w-prose text-sm text-zinc-700">
          We delete your name, email, sign-in methods, sessions and security log, and cancel your upcoming tickets under
          our refund policy (tickets past the cancellation cut-off stay valid). Past orders are kept without your name
          for our accounts. This can&apos;t be undone.
        </p>
        <DeleteAccountForm email={profile.email} reauth={reauth} />
      </section>
    </div>
  );
}
