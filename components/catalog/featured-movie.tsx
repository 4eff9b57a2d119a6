import Link from "next/link";
import type { MovieDetail } from "@/lib/catalog/queries";
import { summarize } from "@/lib/seo/metadata";
import { formatRuntime } from "./movie-card";
import { Poster } from "./poster";

/** The home page's hero: the film with the most showings coming up. */
export function FeaturedMovie({ movie }: { movie: MovieDetail }) {
  return (
    <section aria-labelledby="featured-heading" className="overflow-hidden rounded-2xl bg-ink text-zinc-100 shadow-lg">
      <div className="grid gap-5 p-5 sm:grid-cols-[180px_1fr] sm:p-8 lg:grid-cols-[220px_1fr] lg:gap-10">
        <Poster
          posterId={movie.posterId}
          title={movie.title}
          sizes="(min-width: 1024px) 220px, (min-width: 640px) 180px, 40vw"
          priority
          className="mx-auto w-2/5 sm:w-full"
        />
        <div className="flex flex-col justify-center gap-3">
          <p className="text-xs font-semibold uppercase tracking-widest text-rose-300">Featured this week</p>
          <h2 id="featured-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
            {movie.title}
          </h2>
          <p className="text-sm text-zinc-300">
            {movie.certificate} · {formatRuntime(movie.runtimeMinutes)}
            {movie.genres.length > 0 ? ` · ${movie.genres.map((g) => g.name).join(", ")}` : ""}
          </p>
          <p className="max-w-prose text-zinc-200">{summarize(movie.synopsis, 220)}</p>
          <div className="flex flex-wrap gap-3 pt-1">
            <Link
              href={`/movies/${movie.slug}#showtimes`}
              className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Get tickets<span className="sr-only"> for {movie.title}</span>
            </Link>
            <Link
              href={`/movies/${movie.slug}`}
              className="inline-flex min-h-11 items-center rounded-md border border-white/30 px-5 text-sm font-semibold text-white hover:bg-white/10"
            >
              More about the film
            </Link>
          </div>
        </div>
      </div>
    </section>
  );
}
