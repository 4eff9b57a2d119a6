import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Your account was deleted</h1>
      <p className="text-zinc-700">
        We deleted your personal data and signed out every device, and sent a confirmation to your email address. Thanks
        for going to the movies with us.
      </p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        Back to what&apos;s on
      </Link>
    </div>
  );
}
