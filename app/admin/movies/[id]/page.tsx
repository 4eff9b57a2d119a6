import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { MovieStatusBadge } from "@/components/admin/movie-status-badge";
import { PageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getMovie } from "@/lib/catalog/admin-queries";
import { mediaUrl } from "@/lib/media/urls";
import { languageName } from "@/lib/scheduling/showtime-features";
import { archiveMovieAction, deleteMovieAction } from "../actions";

export const metadata: Metadata = { title: "Movie" };

export default async function MoviePage({ params }: PageProps<"/admin/movies/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/movies/${id}`);
  const movie = isUuid(id) ? await getMovie(id) : null;
  if (!movie) notFound();
  const archived = movie.archivedAt !== null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={movie.title}
        back={{ href: "/admin/movies", label: "Movies" }}
        actions={
          <>
            <Link href={`/admin/movies/${movie.id}/edit`} className={buttonClasses("secondary")}>Edit</Link>
            <Link href={`/admin/showtimes/new?movie=${movie.id}`} className={buttonClasses("secondary")}>Schedule</Link>
            <ConfirmActionButton
              variant="secondary"
              label={archived ? "Restore" : "Archive"}
              title={archived ? `Restore ${movie.title}?` : `Archive ${movie.title}?`}
              confirmLabel={archived ? "Restore movie" : "Archive movie"}
              successMessage={archived ? "Movie restored." : "Movie archived."}
              action={archiveMovieAction.bind(null, { id: movie.id, archived: !archived })}
            >
              {archived
                ? "The movie returns to the public catalogue."
                : "The movie leaves the public catalogue. Its showtimes, tickets and orders are kept."}
            </ConfirmActionButton>
            <ConfirmActionButton
              label="Delete"
              title={`Delete ${movie.title}?`}
              confirmLabel="Delete movie"
              pendingLabel="Deleting…"
              successMessage={`${movie.title} was deleted.`}
              redirectTo="/admin/movies"
              action={deleteMovieAction.bind(null, { id: movie.id })}
            >
              {movie.usage.showtimes > 0
                ? `This movie has ${movie.usage.showtimes} showtimes and ${movie.usage.tickets} tickets, so it cannot be deleted: archive it instead.`
                : "The movie and its cast, producer, genre and category links are removed. This cannot be undone."}
            </ConfirmActionButton>
          </>
        }
      />
      <div className="flex flex-col gap-6 sm:flex-row">
        {movie.posterId ? (
          // eslint-disable-next-line @next/next/no-img-element -- served from /media with an immutable cache
          <img src={mediaUrl(movie.posterId)} alt={`Poster of ${movie.title}`} className="h-60 w-40 rounded-lg border border-zinc-200 object-cover" />
        ) : null}
        <dl className="grid h-fit grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-zinc-600">Status</dt>
          <dd><MovieStatusBadge status={movie.status} /></dd>
          <dt className="font-medium text-zinc-600">Release</dt>
          <dd>{movie.releaseDate}</dd>
          <dt className="font-medium text-zinc-600">Runtime</dt>
          <dd>{movie.runtimeMinutes} min</dd>
          <dt className="font-medium text-zinc-600">Certificate</dt>
          <dd>{movie.certificate}</dd>
          <dt className="font-medium text-zinc-600">Language</dt>
          <dd>{languageName(movie.language)}</dd>
          <dt className="font-medium text-zinc-600">Genres</dt>
          <dd className="flex flex-wrap gap-1">{movie.genres.length ? movie.genres.map((g) => <Badge key={g.id}>{g.name}</Badge>) : "—"}</dd>
          <dt className="font-medium text-zinc-600">Categories</dt>
          <dd className="flex flex-wrap gap-1">
            {movie.categories.length
              ? movie.categories.map((c) => <Link key={c.id} href={`/admin/categories/${c.id}`} className="text-brand-700 hover:underline">{c.name}</Link>)
              : "—"}
          </dd>
          <dt className="font-medium text-zinc-600">Trailer</dt>
          <dd className="break-all">{movie.trailerUrl ? <a href={movie.trailerUrl} rel="noopener noreferrer" className="text-brand-700 underline">{movie.trailerUrl}</a> : "—"}</dd>
          <dt className="font-medium text-zinc-600">Showtimes</dt>
          <dd>
            <Link href={`/admin/showtimes?movie=${movie.id}`} className="text-brand-700 hover:underline">
              {movie.usage.upcoming} upcoming, {movie.usage.showtimes} in total
            </Link>
          </dd>
          <dt className="font-medium text-zinc-600">Public page</dt>
          <dd><Link href={`/movies/${movie.slug}`} className="break-all text-brand-700 hover:underline">/movies/{movie.slug}</Link></dd>
        </dl>
      </div>
      {movie.synopsis ? <p className="max-w-prose whitespace-pre-line text-zinc-800">{movie.synopsis}</p> : null}
      <section aria-labelledby="cast" className="flex flex-col gap-2">
        <h2 id="cast" className="text-lg font-semibold">Cast</h2>
        {movie.cast.length === 0 ? (
          <p className="text-zinc-600">No cast yet.</p>
        ) : (
          <ol className="flex list-decimal flex-col gap-1 pl-6">
            {movie.cast.map((c) => (
              <li key={c.actorId}>
                <Link href={`/admin/actors/${c.actorId}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link>
                {c.characterName ? <span className="text-zinc-600"> as {c.characterName}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="producers" className="flex flex-col gap-2">
        <h2 id="producers" className="text-lg font-semibold">Producers</h2>
        {movie.producers.length === 0 ? (
          <p className="text-zinc-600">No producers yet.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {movie.producers.map((p) => (
              <li key={p.id}><Link href={`/admin/producers/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link></li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
