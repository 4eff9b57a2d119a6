import { MoviePage, movieMetadata } from "@/components/catalog/movie-page";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

type Props = PageProps<"/movies/[slug]">;

export async function generateMetadata({ params }: Props) {
  return movieMetadata((await params).slug);
}

/** The unfiltered page, one HTML for every visitor; filtered views are app/(site)/movies/[slug]/per-request. */
export default async function CachedMoviePage({ params }: Props) {
  return <MoviePage slug={(await params).slug} searchParams={{}} />;
}

// Cached for every visitor (lib/catalog/cached-pages.ts): rendered on the first visit, not at build
// (the build has no database), again after 15 s, and never served older than next.config.ts's expireTime.
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
