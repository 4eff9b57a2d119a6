import type { ReactNode } from "react";
import { AccountIsland } from "@/components/layout/account-island";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

/**
 * The cached catalogue pages (lib/catalog/cached-pages.ts): the site's layout, with the header's account
 * links loaded in the browser, so nothing in the HTML depends on who asked for it.
 */
export default function CatalogueLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader account={<AccountIsland />} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
