import { SeatMapPage, seatMapMetadata } from "@/components/booking/seat-map-page";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

export const metadata = seatMapMetadata;

/**
 * The seat map as anyone sees it, one HTML for every visitor; the picker fetches the live map for its
 * viewer once in the browser. With seats chosen before signing in: app/(site)/showtimes/[id]/per-request.
 */
export default async function CachedSeatMapPage({ params }: PageProps<"/showtimes/[id]">) {
  return <SeatMapPage id={(await params).id} viewer="anyone" query={{}} />;
}

// Cached for every visitor (lib/catalog/cached-pages.ts): rendered on the first visit, not at build
// (the build has no database), again after 15 s, and never served older than next.config.ts's expireTime.
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
