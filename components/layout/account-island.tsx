"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { AccountSummary } from "@/lib/auth/account-summary";
import { AccountLinksPlaceholder, AccountLinksView } from "./account-links-view";

/**
 * The header's account links on a cached page (lib/catalog/cached-pages.ts), whose HTML is the same for
 * every visitor: they are fetched from /api/account-summary once the page is in the browser, and again
 * on every navigation (a sign-in, a sign-out or a hold elsewhere changes them).
 */
export function AccountIsland() {
  const pathname = usePathname();
  const [account, setAccount] = useState<AccountSummary | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/account-summary", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ account: AccountSummary }>) : null))
      .then((body) => {
        if (body) setAccount(body.account);
      })
      // Aborted by the next navigation, or the server is away: the links stay as they are.
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);

  if (account === undefined) return <AccountLinksPlaceholder />;
  return <AccountLinksView account={account} />;
}
