import type { Metadata } from "next";
import Link from "next/link";
import { MovieFilters } from "@/components/catalog/movie-filters";
import { MovieGrid } from "@/components/catalog/movie-grid";
import { Pagination } from "@/components/catalog/pagination";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { getCachedFilterOptions } from "@/lib/catalog/cached";
import { searchMovies } from "@/lib/catalog/movie-search";
import { appendShowtimeFilters, movieListQuery, parseMovieListParams, type MovieListParams, type RawSearchParams } from "@/lib/catalog/search-params";
import { pageMetadata } from "@/lib/seo/metadata";
import { todayIn } from "@/lib/time/local-date";

export function moviesMetadata(searchParams: RawSearchParams): Metadata {
  const params = parseMovieListParams(searchParams);
  const filtered = movieListQuery({ ...params, page: 1 }) !== "";
  const title = params.q ? `Movies matching “${params.q}”` : params.page > 1 ? `All movies — page ${params.page}` : "All movies";
  return pageMetadata({
    title,
    description: "Every film on at Marquee cinemas: search by title or actor, filter by genre, cinema, date, format, language and accessible showings.",
    // Filtered views point search engines at the plain listing; pages of it stay indexable.
    path: filtered ? "/movies" : `/movies${movieListQuery({ page: params.page })}`,
    noindex: filtered,
  });
}

/**
 * All movies, for its two routes (docs/decisions/021-cached-catalogue-pages.md): `/movies` is one cached
 * HTML for every visitor (app/(catalogue)/cached-list/[name], through the middleware); a search, a
 * filter or another page of it is rendered per request (app/(site)/movies/page.tsx).
 */
export async function MoviesPage({ searchParams }: { searchParams: RawSearchParams }) {
  const params = parseMovieListParams(searchParams);
  const [result, options] = await Promise.all([searchMovies(params), getCachedFilterOptions()]);
  const filtered = movieListQuery({ ...params, page: 1 }) !== "";

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs items={[{ name: "Home", path: "/" }, { name: "Movies", path: "/movies" }]} />
        <h1 className="text-3xl font-bold tracking-tight">All movies</h1>
      </div>
      <MovieFilters params={params} options={options} today={todayIn("UTC")} />
      <section aria-labelledby="results-heading" className="flex flex-col gap-4">
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
          {result.total === 0
            ? "No movies found"
            : `${result.total} ${result.total === 1 ? "movie" : "movies"}${params.q ? ` matching “${params.q}”` : ""}`}
        </h2>
        {result.total === 0 ? (
          <div className="flex flex-col items-start gap-3 rounded-lg border border-zinc-200 bg-white p-6">
            <p className="text-zinc-700">Nothing matches those filters. Try fewer filters or another search.</p>
            <Link href="/movies" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800">
              Clear filters
            </Link>
          </div>
        ) : result.movies.length === 0 ? (
          <p className="text-zinc-700">
            There is no page {params.page}. <Link href={`/movies${movieListQuery({ ...params, page: 1 })}`} className="font-semibold text-brand-700 underline">Go to the first page</Link>.
          </p>
        ) : (
          <MovieGrid movies={result.movies} priorityCount={filtered ? 0 : 2} query={showtimeQuery(params)} />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/movies${movieListQuery({ ...params, page })}`} />
      </section>
    </div>
  );
}

function showtimeQuery(params: MovieListParams) {
  const search = new URLSearchParams();
  appendShowtimeFilters(search, params);
  const text = search.toString();
  return text ? `?${text}` : "";
}
