import { answeringOutages } from "@/lib/api/outage";
import { loadAccountSummary } from "@/lib/auth/account-summary";

/**
 * GET /api/account-summary — `{ account: { role, cartSeats } | null }` for the header of a cached page
 * (components/layout/account-island.tsx). The visitor's own, from their session cookie: never stored by
 * a browser or a proxy.
 */
export const GET = answeringOutages(async function GET() {
  return Response.json({ account: await loadAccountSummary() }, { headers: { "Cache-Control": "private, no-store" } });
});
