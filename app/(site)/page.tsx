import { HomePage, homeMetadata } from "@/components/catalog/home-page";

export const metadata = homeMetadata;

/** `/?city=…`, rendered per request; the middleware sends a plain `/` to the cached page (lib/catalog/cached-pages.ts). */
export default async function CityHomePage({ searchParams }: PageProps<"/">) {
  return <HomePage searchParams={await searchParams} />;
}
