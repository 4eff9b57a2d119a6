import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { Logo } from "./logo";
import { AccountLinks } from "./account-links";
import { AccountLinksPlaceholder } from "./account-links-view";

const navLinks = [
  { href: "/movies", label: "Movies" },
  { href: "/cinemas", label: "Cinemas" },
];

/** `account` replaces the server-rendered account links: a cached page passes <AccountIsland />. */
export function SiteHeader({ account }: { account?: ReactNode }) {
  return (
    <header className="bg-ink text-zinc-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Logo />
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-5 text-sm font-medium">
            {navLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded py-1 hover:text-white hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {account ?? (
            <Suspense fallback={<AccountLinksPlaceholder />}>
              <AccountLinks />
            </Suspense>
          )}
        </div>
      </div>
    </header>
  );
}
