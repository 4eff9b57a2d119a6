import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const { callbackUrl } = await searchParams;
  // Only a path on this site survives; "/" (nowhere in particular) is not worth carrying.
  const target = safeRedirectPath(callbackUrl);
  const carried = target === "/" ? undefined : target;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Create an account</h1>
      {carried ? (
        <p className="mb-4 text-sm text-zinc-700">Once you&apos;ve confirmed your email, we&apos;ll bring you right back.</p>
      ) : null}
      <SignUpForm callbackUrl={carried} />
      <p className="mt-6 text-sm text-zinc-600">
        Already have an account?{" "}
        <Link href={carried ? `/sign-in?callbackUrl=${encodeURIComponent(carried)}` : "/sign-in"} className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
