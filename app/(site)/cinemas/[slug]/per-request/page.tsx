import { CinemaPage, cinemaMetadata } from "@/components/venues/cinema-page";

type Props = PageProps<"/cinemas/[slug]/per-request">;

export async function generateMetadata({ params }: Props) {
  return cinemaMetadata((await params).slug);
}

/**
 * `/cinemas/{slug}?day=…` — another day — rendered per request: the middleware rewrites a cinema page
 * with a query string here (lib/catalog/cached-pages.ts). Not reachable by its own URL.
 */
export default async function CinemaDayPage({ params, searchParams }: Props) {
  return <CinemaPage slug={(await params).slug} searchParams={await searchParams} />;
}
