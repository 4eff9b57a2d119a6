import type { Metadata } from "next";
import { ProfileForm } from "@/components/auth/profile-form";
import { requireUser } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      <section aria-labelledby="details-heading" className="flex max-w-md flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-6">
        <h2 id="details-heading" className="text-lg font-semibold">
          Your details
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium text-zinc-600">Email</dt>
          <dd className="break-all">{user.email}</dd>
        </dl>
        <ProfileForm name={user.name} />
      </section>
    </div>
  );
}
