import { loadAccountSummary } from "@/lib/auth/account-summary";
import { AccountLinksView } from "./account-links-view";

/** The header's account links, rendered with the page (every page that is rendered per request). */
export async function AccountLinks() {
  return <AccountLinksView account={await loadAccountSummary()} />;
}
