import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, verified } = await searchParams;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Sign in</h1>
      {verified ? (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Your email is confirmed. Sign in to continue.
        </p>
      ) : null}
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />
      <p className="mt-6 text-sm text-zinc-600">
        New to Marquee?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
