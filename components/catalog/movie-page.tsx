import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatRuntime } from "@/components/catalog/movie-card";
import { Paragraphs } from "@/components/catalog/paragraphs";
import { Poster } from "@/components/catalog/poster";
import { ShowtimeFilterChips } from "@/components/catalog/showtime-filter-chips";
import { ShowtimesByCinema } from "@/components/catalog/showtimes-by-cinema";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLdScript } from "@/components/seo/json-ld";
import { getCachedMovie } from "@/lib/catalog/cached";
import { hasShowtimeFilters, parseShowtimeFilters, type RawSearchParams } from "@/lib/catalog/search-params";
import { listShowtimesForMovie } from "@/lib/scheduling/queries";
import { languageName } from "@/lib/scheduling/showtime-features";
import { movieJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl, pageMetadata, posterUrl, summarize } from "@/lib/seo/metadata";
import { screeningEventsJsonLd } from "@/lib/seo/screenings";
import { todayIn } from "@/lib/time/local-date";

/**
 * A movie's page, for its two routes (docs/decisions/021-cached-catalogue-pages.md): without a query
 * string it is one cached HTML for every visitor (app/(catalogue)/movies/[slug]); with showtime filters
 * the middleware sends it to a twin rendered per request (app/(site)/movies/[slug]/per-request).
 */
const releaseFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export async function movieMetadata(slug: string): Promise<Metadata> {
  const movie = await getCachedMovie(slug);
  if (!movie) return { title: "Movie not found" };
  const image = posterUrl(movie.posterId);
  return pageMetadata({
    title: `${movie.title} (${movie.certificate}) — showtimes and tickets`,
    description: summarize(`${movie.title}: ${movie.synopsis}`),
    path: `/movies/${movie.slug}`,
    image: image ? { url: image, alt: `Poster for ${movie.title}` } : undefined,
    type: "video.movie",
  });
}

export async function MoviePage({ slug, searchParams }: { slug: string; searchParams: RawSearchParams }) {
  const movie = await getCachedMovie(slug);
  if (!movie) notFound();
  const filters = parseShowtimeFilters(searchParams);
  const all = await listShowtimesForMovie(movie.id);
  const showtimes = hasShowtimeFilters(filters) ? await listShowtimesForMovie(movie.id, filters) : all;
  const path = `/movies/${movie.slug}`;
  const released = new Date(`${movie.releaseDate}T00:00:00Z`);

  return (
    <article className="flex flex-col gap-10">
      <div>
        <Breadcrumbs
          items={[
            { name: "Home", path: "/" },
            { name: "Movies", path: "/movies" },
            { name: movie.title, path },
          ]}
        />
        <div className="grid gap-6 sm:grid-cols-[220px_1fr] lg:grid-cols-[280px_1fr] lg:gap-10">
          <Poster
            posterId={movie.posterId}
            title={movie.title}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 220px, 60vw"
            priority
            className="mx-auto w-3/5 sm:w-full"
          />
          <div className="flex flex-col gap-4">
            <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{movie.title}</h1>
            {movie.releaseDate > todayIn("UTC") ? (
              <p className="w-fit rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
                Coming {releaseFormat.format(released)}
              </p>
            ) : null}
            <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
              <div>
                <dt className="sr-only">Certificate</dt>
                <dd className="rounded border border-zinc-400 px-1.5 font-bold">{movie.certificate}</dd>
              </div>
              <div className="flex gap-1">
                <dt className="text-zinc-600">Runtime</dt>
                <dd className="font-medium">{formatRuntime(movie.runtimeMinutes)}</dd>
              </div>
              <div className="flex gap-1">
                <dt className="text-zinc-600">Released</dt>
                <dd className="font-medium">
                  <time dateTime={movie.releaseDate}>{releaseFormat.format(released)}</time>
                </dd>
              </div>
              <div className="flex gap-1">
                <dt className="text-zinc-600">Language</dt>
                <dd className="font-medium">{languageName(movie.language)}</dd>
              </div>
            </dl>
            {movie.genres.length > 0 ? (
              <section aria-labelledby="genres-heading">
                <h2 id="genres-heading" className="sr-only">Genres</h2>
                <ul className="flex flex-wrap gap-2">
                  {movie.genres.map((genre) => (
                    <li key={genre.slug}>
                      <Link
                        href={`/movies?genre=${genre.slug}`}
                        className="inline-flex min-h-8 items-center rounded-full bg-zinc-200 px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-300"
                      >
                        {genre.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <Paragraphs text={movie.synopsis} className="max-w-prose text-zinc-800" />
            <div className="flex flex-wrap gap-3">
              {all.length > 0 ? (
              <a
                href="#showtimes"
                className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800"
              >
                Book tickets
              </a>
              ) : null}
              {movie.trailerUrl ? (
                <a
                  href={movie.trailerUrl}
                  rel="noopener noreferrer"
                  target="_blank"
                  className="inline-flex min-h-11 items-center rounded-md border border-zinc-300 bg-white px-5 text-sm font-semibold hover:bg-zinc-100"
                >
                  Watch the trailer<span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : null}
            </div>
            {movie.categories.length > 0 ? (
              <p className="text-sm text-zinc-700">
                <span className="font-medium">In: </span>
                {movie.categories.map((category, index) => (
                  <span key={category.slug}>
                    {index > 0 ? ", " : null}
                    <Link href={`/categories/${category.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {category.name}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </div>
        </div>
      </div>

      <section id="showtimes" aria-labelledby="showtimes-heading" className="flex scroll-mt-4 flex-col gap-4">
        <h2 id="showtimes-heading" className="text-2xl font-bold tracking-tight">
          Showtimes this week
        </h2>
        <ShowtimeFilterChips path={path} all={all} filters={filters} originalLanguage={movie.language} />
        {showtimes.length > 0 ? (
          <ShowtimesByCinema showtimes={showtimes} />
        ) : (
          <p className="rounded-lg border border-zinc-200 bg-white p-4 text-zinc-700">
            {all.length > 0
              ? "No showings match those filters this week. Clear a filter to see more."
              : "There are no showings of this movie in the next 7 days."}
          </p>
        )}
      </section>

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        {movie.cast.length > 0 ? (
          <section aria-labelledby="cast-heading">
            <h2 id="cast-heading" className="mb-3 text-xl font-bold tracking-tight">
              Cast
            </h2>
            <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {movie.cast.map((person) => (
                <li key={person.slug}>
                  <Link
                    href={`/actors/${person.slug}`}
                    className="flex min-h-11 flex-col justify-center rounded-lg border border-zinc-200 bg-white px-3 py-2 hover:border-zinc-400"
                  >
                    <span className="font-semibold">{person.name}</span>
                    {person.characterName ? <span className="text-sm text-zinc-600">as {person.characterName}</span> : null}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {movie.producers.length > 0 ? (
          <section aria-labelledby="producers-heading">
            <h2 id="producers-heading" className="mb-3 text-xl font-bold tracking-tight">
              Produced by
            </h2>
            <ul className="flex flex-col gap-2">
              {movie.producers.map((person) => (
                <li key={person.slug}>
                  <Link href={`/producers/${person.slug}`} className="inline-block py-1 font-medium text-brand-700 hover:underline">
                    {person.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <JsonLdScript
        data={movieJsonLd({
          title: movie.title,
          url: absoluteUrl(path),
          imageUrl: posterUrl(movie.posterId),
          synopsis: movie.synopsis,
          releaseDate: movie.releaseDate,
          runtimeMinutes: movie.runtimeMinutes,
          certificate: movie.certificate,
          genres: movie.genres.map((g) => g.name),
          actors: movie.cast.map((a) => ({ name: a.name, url: absoluteUrl(`/actors/${a.slug}`) })),
          producers: movie.producers.map((p) => ({ name: p.name, url: absoluteUrl(`/producers/${p.slug}`) })),
          trailerUrl: movie.trailerUrl,
        })}
      />
      {showtimes.length > 0 ? <JsonLdScript data={screeningEventsJsonLd(showtimes)} /> : null}
    </article>
  );
}
