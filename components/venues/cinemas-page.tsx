import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { getCachedCinemas } from "@/lib/catalog/cached";
import { pageMetadata } from "@/lib/seo/metadata";

export const cinemasMetadata: Metadata = pageMetadata({
  title: "Our cinemas",
  description: "Every Marquee cinema with its address, screens and what's on today.",
  path: "/cinemas",
});

/** Every cinema: one cached HTML for every visitor (app/(catalogue)/cached-list/[name], through the middleware). */
export async function CinemasPage() {
  const cinemas = await getCachedCinemas();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ name: "Home", path: "/" }, { name: "Cinemas", path: "/cinemas" }]} />
        <h1 className="text-3xl font-bold tracking-tight">Our cinemas</h1>
      </div>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cinemas.map((cinema) => (
          <li key={cinema.slug}>
            <Link
              href={`/cinemas/${cinema.slug}`}
              className="flex h-full flex-col gap-1 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-600"
            >
              <span className="text-xs font-semibold uppercase tracking-wide text-brand-700">{cinema.city}</span>
              <span className="text-lg font-bold">{cinema.name}</span>
              <span className="text-sm text-zinc-700">
                {cinema.address}, {cinema.postcode}
              </span>
              <span className="mt-2 text-sm text-zinc-600">
                {cinema.screenCount} {cinema.screenCount === 1 ? "screen" : "screens"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
