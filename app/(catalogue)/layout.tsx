import type { ReactNode } from "react";
import { AccountIsland } from "@/components/layout/account-island";
import { SiteFrame } from "@/components/layout/site-frame";

/**
 * The cached catalogue pages (lib/catalog/cached-pages.ts): the site's frame, with the header's account
 * links loaded in the browser, so nothing in the HTML depends on who asked for it.
 */
export default function CatalogueLayout({ children }: { children: ReactNode }) {
  return <SiteFrame account={<AccountIsland />}>{children}</SiteFrame>;
}
