import { MoviePage, movieMetadata } from "@/components/catalog/movie-page";

type Props = PageProps<"/movies/[slug]/per-request">;

export async function generateMetadata({ params }: Props) {
  return movieMetadata((await params).slug);
}

/**
 * `/movies/{slug}?…` — showtime filters — rendered per request: the middleware rewrites a movie page
 * with a query string here (lib/catalog/cached-pages.ts). Not reachable by its own URL.
 */
export default async function FilteredMoviePage({ params, searchParams }: Props) {
  return <MoviePage slug={(await params).slug} searchParams={await searchParams} />;
}
