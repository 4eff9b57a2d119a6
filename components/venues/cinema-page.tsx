import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLdScript } from "@/components/seo/json-ld";
import { MovieShowtimeRows } from "@/components/venues/movie-showtime-rows";
import { getCachedCinema } from "@/lib/catalog/cached";
import { listShowtimesForCinema, type ShowtimeListing } from "@/lib/scheduling/queries";
import { movieTheaterJsonLd, withContext } from "@/lib/seo/json-ld";
import { absoluteUrl, pageMetadata } from "@/lib/seo/metadata";
import { screeningEventsJsonLd } from "@/lib/seo/screenings";
import { formatShowDay, localDateKey } from "@/lib/time/format";
import { now } from "@/lib/clock";
import Link from "next/link";
import { parseDay, type RawSearchParams } from "@/lib/catalog/search-params";
import { todayIn } from "@/lib/time/local-date";

/**
 * A cinema's page, for its two routes (docs/decisions/021-cached-catalogue-pages.md): without a query
 * string it is one cached HTML for every visitor (app/(catalogue)/cinemas/[slug]), showing the first
 * day with showings; another day (`?day=`) is rendered per request (app/(site)/cinemas/[slug]/per-request).
 */
export async function cinemaMetadata(slug: string): Promise<Metadata> {
  const cinema = await getCachedCinema(slug);
  if (!cinema) return { title: "Cinema not found" };
  return pageMetadata({
    title: `${cinema.name}, ${cinema.city} — showtimes and tickets`,
    description: `What's on at ${cinema.name}, ${cinema.address}, ${cinema.city} ${cinema.postcode}: ${cinema.screens.length} screens, showtimes for today and the week ahead.`,
    path: `/cinemas/${cinema.slug}`,
  });
}

/**
 * `unlistedDay`: what a `day` with no showings gets — the cinema's first day with showings, or, on the
 * cached per-day route, a redirect to the cinema's page (a page kept per made-up day would fill the cache).
 */
export async function CinemaPage({
  slug,
  searchParams,
  unlistedDay = "first-day",
}: {
  slug: string;
  searchParams: RawSearchParams;
  unlistedDay?: "first-day" | "redirect";
}) {
  const cinema = await getCachedCinema(slug);
  if (!cinema) notFound();
  const showtimes = await listShowtimesForCinema(cinema.id);
  const todayKey = todayIn(cinema.timeZone);
  const days = new Map<string, ShowtimeListing[]>();
  for (const showtime of showtimes) {
    const key = localDateKey(showtime.startsAt, cinema.timeZone);
    days.set(key, [...(days.get(key) ?? []), showtime]);
  }
  const requestedDay = parseDay(searchParams);
  // Today unless another listed day was asked for; after today's last show, the next day with shows.
  const dayKeys = [...days.keys()];
  const path = `/cinemas/${cinema.slug}`;
  const listed = requestedDay !== undefined && days.has(requestedDay);
  if (!listed && unlistedDay === "redirect") redirect(path);
  const selectedDay = listed ? requestedDay : (dayKeys[0] ?? todayKey);
  const shown = days.get(selectedDay) ?? [];
  const mapUrl =
    cinema.latitude != null && cinema.longitude != null
      ? `https://www.openstreetmap.org/?mlat=${cinema.latitude}&mlon=${cinema.longitude}#map=17/${cinema.latitude}/${cinema.longitude}`
      : null;
  const totalSeats = cinema.screens.reduce((sum, s) => sum + s.seatCount, 0);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Breadcrumbs
          items={[
            { name: "Home", path: "/" },
            { name: "Cinemas", path: "/cinemas" },
            { name: cinema.name, path },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{cinema.name}</h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <section aria-labelledby="visit-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
          <h2 id="visit-heading" className="text-lg font-bold">
            Visit us
          </h2>
          <address className="not-italic leading-relaxed text-zinc-800">
            {cinema.address}
            <br />
            {cinema.city} {cinema.postcode}
          </address>
          {cinema.phone ? (
            <p>
              <a href={`tel:${cinema.phone.replace(/\s+/g, "")}`} className="font-medium text-brand-700 underline">
                {cinema.phone}
              </a>
            </p>
          ) : null}
          {mapUrl ? (
            <a
              href={mapUrl}
              rel="noopener noreferrer"
              target="_blank"
              className="inline-flex min-h-11 w-fit items-center rounded-md border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100"
            >
              Open in map<span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
          <div>
            <h3 className="font-semibold">Screens</h3>
            <ul className="mt-1 text-sm text-zinc-700">
              {cinema.screens.map((screen) => (
                <li key={screen.name} className="flex justify-between gap-4 border-b border-zinc-100 py-1.5 last:border-0">
                  <span>{screen.name}</span>
                  <span>{screen.seatCount} seats</span>
                </li>
              ))}
            </ul>
            <p className="mt-1 text-sm text-zinc-600">{totalSeats} seats in all</p>
          </div>
        </section>
        <section aria-labelledby="showtimes-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="showtimes-heading" className="text-2xl font-bold tracking-tight">
            Showtimes
          </h2>
          {days.size === 0 ? <p className="text-zinc-700">No showings are scheduled for the coming week.</p> : null}
          {days.size > 0 ? (
            <>
              <nav aria-label="Choose a day" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
                <ul className="flex gap-2 sm:flex-wrap">
                  {[...days.entries()].map(([key, list]) => (
                    <li key={key}>
                      <Link
                        href={`${path}?day=${key}`}
                        scroll={false}
                        aria-current={key === selectedDay ? "date" : undefined}
                        className="flex min-h-11 flex-col items-center justify-center whitespace-nowrap rounded-lg border border-zinc-300 bg-white px-3 py-1 text-sm font-medium hover:border-zinc-500 aria-[current=date]:border-brand-700 aria-[current=date]:bg-brand-700 aria-[current=date]:text-white"
                      >
                        {key === todayKey ? "Today" : formatShowDay(list[0].startsAt, cinema.timeZone)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <section aria-labelledby="day-heading" className="rounded-xl border border-zinc-200 bg-white px-4 pt-4 shadow-sm sm:px-5">
                <h3 id="day-heading" className="text-lg font-bold">
                  {selectedDay === todayKey
                    ? "Today"
                    : formatShowDay(shown[0]?.startsAt ?? now(), cinema.timeZone)}
                </h3>
                <MovieShowtimeRows showtimes={shown} headingLevel={4} />
              </section>
            </>
          ) : null}
        </section>
      </div>
      <JsonLdScript
        data={withContext(
          movieTheaterJsonLd({
            name: cinema.name,
            url: absoluteUrl(path),
            address: cinema.address,
            city: cinema.city,
            postcode: cinema.postcode,
            country: cinema.country,
            latitude: cinema.latitude,
            longitude: cinema.longitude,
            telephone: cinema.phone,
            screenCount: cinema.screens.length,
          }),
        )}
      />
      {/* The day shown, as search engines want structured data to describe what the page shows. */}
      {shown.length > 0 ? <JsonLdScript data={screeningEventsJsonLd(shown)} /> : null}
    </div>
  );
}
