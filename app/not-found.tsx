import Link from "next/link";
import { AccountIsland } from "@/components/layout/account-island";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { buttonClasses } from "@/components/ui/button";

/**
 * Next renders this with every page, as the fallback of its not-found boundary, so it must not read the
 * request: the account links load in the browser, or a cached page would be rendered per request.
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader account={<AccountIsland />} />
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-start gap-4 px-4 py-16">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
        <h1 className="text-3xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
        <p className="text-zinc-600">
          The link may be old, or the movie may have left our screens. Try what&apos;s on now instead.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/movies" className={buttonClasses("primary")}>
            Browse movies
          </Link>
          <Link href="/" className={buttonClasses("secondary")}>
            Home
          </Link>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
