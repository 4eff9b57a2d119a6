import Link from "next/link";
import { formatRuntime } from "@/components/catalog/movie-card";
import { Poster } from "@/components/catalog/poster";
import { ShowtimeButton } from "@/components/catalog/showtime-button";
import type { ShowtimeListing } from "@/lib/scheduling/queries";

/** Showings of one cinema (and usually one day), one row per movie with its times. */
export function MovieShowtimeRows({ showtimes, headingLevel = 3 }: { showtimes: ShowtimeListing[]; headingLevel?: 3 | 4 }) {
  const byMovie = new Map<string, ShowtimeListing[]>();
  for (const showtime of showtimes) {
    byMovie.set(showtime.movie.slug, [...(byMovie.get(showtime.movie.slug) ?? []), showtime]);
  }
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="flex flex-col divide-y divide-zinc-200">
      {[...byMovie.values()].map((list) => {
        const movie = list[0].movie;
        return (
          <li key={movie.slug} className="flex gap-3 py-4 sm:gap-4">
            <Link href={`/movies/${movie.slug}`} className="w-16 shrink-0 sm:w-20" tabIndex={-1} aria-hidden="true">
              <Poster posterId={movie.posterId} title={movie.title} sizes="80px" />
            </Link>
            <div className="flex min-w-0 flex-col gap-2">
              <div>
                <Heading className="font-semibold leading-snug">
                  <Link href={`/movies/${movie.slug}`} className="hover:underline">
                    {movie.title}
                  </Link>
                </Heading>
                <p className="text-sm text-zinc-600">
                  {movie.certificate} · {formatRuntime(movie.runtimeMinutes)}
                </p>
              </div>
              <ul className="flex flex-wrap gap-2">
                {list.map((showtime) => (
                  <ShowtimeButton key={showtime.id} showtime={showtime} />
                ))}
              </ul>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
