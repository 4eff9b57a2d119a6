import Link from "next/link";
import { connection } from "next/server";
import { MovieCard } from "@/components/catalog/movie-card";
import { listComingSoonMovies, listNowShowingMovies } from "@/lib/catalog/queries";

export default async function HomePage() {
  await connection();
  const [nowShowing, comingSoon] = await Promise.all([listNowShowingMovies(), listComingSoonMovies()]);
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="now-showing-heading">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h1 id="now-showing-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            Now showing
          </h1>
          <Link href="/movies" className="text-sm font-medium text-brand-700 hover:underline">
            All movies
          </Link>
        </div>
        {nowShowing.length === 0 ? (
          <p className="text-zinc-600">Nothing is showing right now. Check back soon.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
            {nowShowing.map((movie, index) => (
              <MovieCard key={movie.id} movie={movie} priority={index < 2} />
            ))}
          </ul>
        )}
      </section>
      {comingSoon.length > 0 ? (
        <section aria-labelledby="coming-soon-heading">
          <h2 id="coming-soon-heading" className="mb-4 text-xl font-bold tracking-tight sm:text-2xl">
            Coming soon
          </h2>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
            {comingSoon.map((movie) => (
              <MovieCard key={movie.id} movie={movie} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
