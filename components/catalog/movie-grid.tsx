import type { MovieCard as MovieCardData } from "@/lib/catalog/queries";
import { MovieCard } from "./movie-card";

type Props = { movies: MovieCardData[]; priorityCount?: number; query?: string; layout?: "grid" | "row" };

/** Posters in a grid, or in one row that scrolls sideways (the home page's shelves). */
export function MovieGrid({ movies, priorityCount = 0, query, layout = "grid" }: Props) {
  const row = layout === "row";
  return (
    <ul
      className={
        row
          ? "-mx-4 flex snap-x snap-mandatory gap-4 overflow-x-auto px-4 pb-3 sm:-mx-6 sm:px-6"
          : "grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5"
      }
    >
      {movies.map((movie, index) => (
        <MovieCard
          key={movie.id}
          movie={movie}
          priority={index < priorityCount}
          query={query}
          className={row ? "w-36 shrink-0 snap-start sm:w-44" : ""}
        />
      ))}
    </ul>
  );
}
