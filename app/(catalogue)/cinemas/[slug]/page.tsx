import { CinemaPage, cinemaMetadata } from "@/components/venues/cinema-page";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

type Props = PageProps<"/cinemas/[slug]">;

export async function generateMetadata({ params }: Props) {
  return cinemaMetadata((await params).slug);
}

/** The page for its first day with showings, one HTML for every visitor; other days are app/(site)/cinemas/[slug]/per-request. */
export default async function CachedCinemaPage({ params }: Props) {
  return <CinemaPage slug={(await params).slug} searchParams={{}} />;
}

// Cached for every visitor (lib/catalog/cached-pages.ts): rendered on the first visit, not at build
// (the build has no database), again after 15 s, and never served older than next.config.ts's expireTime.
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
