import type { Metadata } from "next";
import Link from "next/link";
import { FeaturedMovie } from "@/components/catalog/featured-movie";
import { MovieGrid } from "@/components/catalog/movie-grid";
import { JsonLdScript } from "@/components/seo/json-ld";
import { CityPicker } from "@/components/venues/city-picker";
import { MovieShowtimeRows } from "@/components/venues/movie-showtime-rows";
import { getCachedCinemas, getCachedCities, getCachedComingSoon, getCachedMovie, getCachedNowShowing } from "@/lib/catalog/cached";
import { parseCitySlug, type RawSearchParams } from "@/lib/catalog/search-params";
import { listShowtimesToday, listUpcomingMovieIds } from "@/lib/scheduling/queries";
import { absoluteUrl, pageMetadata } from "@/lib/seo/metadata";

export const homeMetadata: Metadata = pageMetadata({
  title: "Marquee — movie tickets and showtimes near you",
  description: "What's on at Marquee cinemas today: now showing, coming soon and showtimes near you. Pick your seats and book in seconds.",
  path: "/",
});

/** A row of cards to scroll, not the whole programme: a large chain's full list is one click away ("All movies"). */
const HOME_ROW_LIMIT = 24;

/**
 * The home page, for its two routes (docs/decisions/021-cached-catalogue-pages.md): `/` is one cached
 * HTML for every visitor (app/(catalogue)/cached-list/[name], through the middleware), showing the city
 * with the most cinemas; `/?city=…` is rendered per request (app/(site)/page.tsx).
 */
export async function HomePage({ searchParams }: { searchParams: RawSearchParams }) {
  const requestedCity = parseCitySlug(searchParams);
  const [nowShowing, comingSoon, cities, cinemas, popular] = await Promise.all([
    getCachedNowShowing(),
    getCachedComingSoon(),
    getCachedCities(),
    getCachedCinemas(),
    listUpcomingMovieIds(10),
  ]);
  // Without a choice, the city with the most cinemas.
  const busiest = [...cities].sort((a, b) => countIn(cinemas, b.name) - countIn(cinemas, a.name))[0];
  const city = cities.find((c) => c.slug === requestedCity) ?? busiest;
  const cityCinemas = city ? cinemas.filter((c) => c.city === city.name) : [];
  const featuredCard = nowShowing.find((m) => popular.includes(m.id)) ?? nowShowing[0];
  const [featured, today] = await Promise.all([
    featuredCard ? getCachedMovie(featuredCard.slug) : null,
    listShowtimesToday(cityCinemas.map((c) => c.id)),
  ]);

  return (
    <div className="flex flex-col gap-12">
      <h1 className="sr-only">Marquee — movie tickets and showtimes</h1>
      {featured ? <FeaturedMovie movie={featured} /> : null}

      <section aria-labelledby="now-showing-heading">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="now-showing-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            Now showing
          </h2>
          <Link href="/movies" className="py-2 text-sm font-semibold text-brand-700 hover:underline">
            All movies
          </Link>
        </div>
        {nowShowing.length === 0 ? (
          <p className="text-zinc-600">Nothing is showing right now. Check back soon.</p>
        ) : (
          <MovieGrid movies={nowShowing.slice(0, HOME_ROW_LIMIT)} layout="row" />
        )}
      </section>

      <section aria-labelledby="today-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="today-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            Today{city ? ` in ${city.name}` : ""}
          </h2>
          {cities.length > 0 && city ? <CityPicker cities={cities} current={city.slug} /> : null}
        </div>
        {cityCinemas.map((cinema) => {
          const showtimes = today.filter((s) => s.cinema.slug === cinema.slug);
          return (
            <div key={cinema.slug} className="rounded-xl border border-zinc-200 bg-white px-4 pt-4 shadow-sm sm:px-5">
              <h3 className="text-lg font-bold">
                <Link href={`/cinemas/${cinema.slug}`} className="hover:underline">
                  {cinema.name}
                </Link>
              </h3>
              {showtimes.length > 0 ? (
                <MovieShowtimeRows showtimes={showtimes} headingLevel={4} />
              ) : (
                <p className="pb-4 pt-1 text-zinc-600">No more showings today. See what&apos;s on tomorrow on the cinema&apos;s page.</p>
              )}
            </div>
          );
        })}
      </section>

      {comingSoon.length > 0 ? (
        <section aria-labelledby="coming-soon-heading">
          <h2 id="coming-soon-heading" className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">
            Coming soon
          </h2>
          <MovieGrid movies={comingSoon} layout="row" />
        </section>
      ) : null}

      <JsonLdScript
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: "Marquee",
          url: absoluteUrl("/"),
          potentialAction: {
            "@type": "SearchAction",
            target: `${absoluteUrl("/movies")}?q={search_term_string}`,
            "query-input": "required name=search_term_string",
          },
        }}
      />
    </div>
  );
}

function countIn(cinemas: { city: string }[], city: string) {
  return cinemas.filter((c) => c.city === city).length;
}
