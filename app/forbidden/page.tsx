import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not allowed", robots: { index: false } };

export default function ForbiddenPage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-start gap-4 px-4 py-16">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">403</p>
        <h1 className="text-3xl font-bold tracking-tight">This area is for cinema staff</h1>
        <p className="text-zinc-600">Your account doesn&apos;t have access to this page.</p>
        <Link href="/" className={buttonClasses("secondary")}>
          Back to the movies
        </Link>
      </main>
      <SiteFooter />
    </>
  );
}
