import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { MarkdownText } from "@/components/admin/markdown-text";
import { PageHeader } from "@/components/admin/page-header";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getActor } from "@/lib/catalog/admin-queries";
import { ageOn } from "@/lib/catalog/age";
import { now } from "@/lib/clock";
import { mediaUrl } from "@/lib/media/urls";
import { deleteActorAction } from "../actions";

export const metadata: Metadata = { title: "Actor" };

export default async function ActorPage({ params }: PageProps<"/admin/actors/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/actors/${id}`);
  const actor = isUuid(id) ? await getActor(id) : null;
  if (!actor) notFound();
  const age = actor.birthDate ? ageOn(actor.birthDate, now()) : null;
  const movies = actor.credits.length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={actor.name}
        back={{ href: "/admin/actors", label: "Actors" }}
        actions={
          <>
            <Link href={`/admin/actors/${actor.id}/edit`} className={buttonClasses("secondary")}>Edit</Link>
            <ConfirmActionButton
              label="Delete"
              title={`Delete ${actor.name}?`}
              confirmLabel="Delete actor"
              pendingLabel="Deleting…"
              successMessage={`${actor.name} was deleted.`}
              redirectTo="/admin/actors"
              action={deleteActorAction.bind(null, { id: actor.id })}
            >
              {movies > 0
                ? `${actor.name} will be removed from the cast of ${movies} ${movies === 1 ? "movie" : "movies"}. The movies stay.`
                : `${actor.name} is not in any movie.`}{" "}
              This cannot be undone.
            </ConfirmActionButton>
          </>
        }
      />
      <div className="flex flex-col gap-6 sm:flex-row">
        {actor.photoId ? (
          // eslint-disable-next-line @next/next/no-img-element -- served from /media with an immutable cache
          <img src={mediaUrl(actor.photoId)} alt={`Photo of ${actor.name}`} className="h-48 w-36 rounded-lg border border-zinc-200 object-cover" />
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-zinc-600">Born</dt>
          <dd>{actor.birthDate ? `${actor.birthDate} (age ${age})` : "Unknown"}</dd>
          <dt className="font-medium text-zinc-600">Slug</dt>
          <dd className="break-all">{actor.slug}</dd>
        </dl>
      </div>
      <section aria-labelledby="bio" className="flex flex-col gap-2">
        <h2 id="bio" className="text-lg font-semibold">Biography</h2>
        {actor.bio ? <MarkdownText text={actor.bio} className="max-w-prose text-zinc-800" /> : <p className="text-zinc-600">No biography yet.</p>}
      </section>
      <section aria-labelledby="movies" className="flex flex-col gap-2">
        <h2 id="movies" className="text-lg font-semibold">Movies ({movies})</h2>
        {movies === 0 ? (
          <p className="text-zinc-600">Not in any movie yet. Add the actor to a movie&apos;s cast from the movie&apos;s page.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {actor.credits.map((credit) => (
              <li key={credit.id}>
                <Link href={`/admin/movies/${credit.id}`} className="font-medium text-brand-700 hover:underline">{credit.title}</Link>
                <span className="text-zinc-600"> ({credit.releaseDate.slice(0, 4)}){credit.characterName ? ` as ${credit.characterName}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
