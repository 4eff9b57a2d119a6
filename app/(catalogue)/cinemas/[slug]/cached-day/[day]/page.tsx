import { CinemaPage, cinemaMetadata } from "@/components/venues/cinema-page";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

type Props = PageProps<"/cinemas/[slug]/cached-day/[day]">;

export async function generateMetadata({ params }: Props) {
  return cinemaMetadata((await params).slug);
}

/**
 * `/cinemas/{slug}?day=…`: one of the cinema's days, one cached HTML per day, which the middleware
 * rewrites to (lib/catalog/cached-pages.ts). A day with no showings (gone by, or made up) goes to the
 * cinema's page and is not kept, so made-up days fill no cache.
 */
export default async function CachedCinemaDayPage({ params }: Props) {
  const { slug, day } = await params;
  return <CinemaPage slug={slug} searchParams={{ day }} unlistedDay="redirect" />;
}

// As the other cached pages (app/(catalogue)/movies/[slug]/page.tsx).
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
