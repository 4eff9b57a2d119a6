import { redirect } from "next/navigation";
import { HomePage, homeMetadata } from "@/components/catalog/home-page";
import { getCachedCities } from "@/lib/catalog/cached";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

export const metadata = homeMetadata;

/**
 * `/?city=…`: a city's home page, one cached HTML per city, which the middleware rewrites to
 * (lib/catalog/cached-pages.ts). A city we have no cinema in goes to `/`; that answer is not kept
 * (lib/cache/cache-handler.mjs keeps only pages that answered 200), so made-up cities fill no cache.
 */
export default async function CachedCityHomePage({ params }: PageProps<"/cached-city/[city]">) {
  const { city } = await params;
  if (!(await getCachedCities()).some((known) => known.slug === city)) redirect("/");
  return <HomePage searchParams={{ city }} />;
}

// As the other cached pages (app/(catalogue)/movies/[slug]/page.tsx).
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
