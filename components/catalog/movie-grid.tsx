import type { MovieCard as MovieCardData } from "@/lib/catalog/queries";
import { MovieCard } from "./movie-card";

export function MovieGrid({ movies, priorityCount = 0, query }: { movies: MovieCardData[]; priorityCount?: number; query?: string }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
      {movies.map((movie, index) => (
        <MovieCard key={movie.id} movie={movie} priority={index < priorityCount} query={query} />
      ))}
    </ul>
  );
}
