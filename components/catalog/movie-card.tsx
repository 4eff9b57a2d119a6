import Image from "next/image";
import type { MovieCard as MovieCardData } from "@/lib/catalog/queries";
import { mediaUrl } from "@/lib/media/urls";
import { PrefetchOnIntentLink } from "./prefetch-on-intent-link";

/** `query` carries showtime filters on to the movie page, so its list matches what was searched. */
export function MovieCard({
  movie,
  priority = false,
  query = "",
  className = "",
}: {
  movie: MovieCardData;
  priority?: boolean;
  query?: string;
  className?: string;
}) {
  return (
    <li className={`group ${className}`}>
      <PrefetchOnIntentLink href={`/movies/${movie.slug}${query}`} className="flex flex-col gap-2 rounded-lg">
        <div className="relative aspect-[2/3] overflow-hidden rounded-lg bg-zinc-200 shadow-sm ring-1 ring-black/5">
          {movie.posterId ? (
            <Image
              src={mediaUrl(movie.posterId)}
              alt={`Poster for ${movie.title}`}
              fill
              sizes="(min-width: 1024px) 200px, (min-width: 640px) 30vw, 45vw"
              className="object-cover transition-transform group-hover:scale-[1.02]"
              priority={priority}
              unoptimized
            />
          ) : null}
        </div>
        <div>
          <h3 className="font-semibold leading-snug text-zinc-900 group-hover:underline">{movie.title}</h3>
          <p className="text-sm text-zinc-600">
            {movie.certificate} · {formatRuntime(movie.runtimeMinutes)}
          </p>
        </div>
      </PrefetchOnIntentLink>
    </li>
  );
}

export function formatRuntime(minutes: number) {
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
