import { MoviesPage, moviesMetadata } from "@/components/catalog/movies-page";

type Props = PageProps<"/movies">;

export async function generateMetadata({ searchParams }: Props) {
  return moviesMetadata(await searchParams);
}

/**
 * `/movies?…` (a search, filters, another page), rendered per request; the middleware sends a plain
 * `/movies` to the cached page (lib/catalog/cached-pages.ts).
 */
export default async function FilteredMoviesPage({ searchParams }: Props) {
  return <MoviesPage searchParams={await searchParams} />;
}
