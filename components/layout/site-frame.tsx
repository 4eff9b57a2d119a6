import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The public site's header, main landmark and footer; `account` as SiteHeader takes it. */
export function SiteFrame({ account, children }: { account?: ReactNode; children: ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
