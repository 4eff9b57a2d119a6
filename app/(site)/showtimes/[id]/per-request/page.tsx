import { SeatMapPage, seatMapMetadata } from "@/components/booking/seat-map-page";
import { getCurrentUser } from "@/lib/auth/dal";

export const metadata = seatMapMetadata;

/**
 * `/showtimes/{id}?seats=…` — back from signing in with seats chosen — rendered per request for its
 * viewer: the middleware rewrites a seat map with a query string here (lib/catalog/cached-pages.ts).
 * Not reachable by its own URL.
 */
export default async function SeatMapForViewerPage({ params, searchParams }: PageProps<"/showtimes/[id]/per-request">) {
  const [{ id }, query, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  return <SeatMapPage id={id} viewer={user ? { userId: user.id } : "signed-out"} query={query} />;
}
