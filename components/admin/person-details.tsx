import Link from "next/link";
import type { ReactNode } from "react";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { MarkdownText } from "@/components/admin/markdown-text";
import { PageHeader } from "@/components/admin/page-header";
import { buttonClasses } from "@/components/ui/button";
import type { AdminActionState } from "@/lib/actions/admin-action";
import { mediaUrl } from "@/lib/media/urls";

type Credit = { id: string; title: string; releaseDate: string; characterName?: string | null };

/**
 * The admin page of an actor or a producer: header with Edit and Delete, photo and facts,
 * biography, the movies they are linked to. What differs by kind comes in as data.
 */
export function PersonDetails({
  person,
  noun,
  listPath,
  listLabel,
  facts,
  deleteAction,
  linkedMovies,
  noMovies,
}: {
  person: { id: string; name: string; slug: string; bio: string; photoId: string | null; credits: Credit[] };
  /** "actor" */
  noun: string;
  listPath: string;
  listLabel: string;
  facts: { term: string; value: ReactNode }[];
  deleteAction: () => Promise<AdminActionState<unknown>>;
  /** What deleting does to the movies, e.g. "will be removed from the cast of 2 movies". */
  linkedMovies: (count: number) => string;
  noMovies: { onDelete: string; list: string };
}) {
  const movies = person.credits.length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={person.name}
        back={{ href: listPath, label: listLabel }}
        actions={
          <>
            <Link href={`${listPath}/${person.id}/edit`} className={buttonClasses("secondary")}>Edit</Link>
            <ConfirmActionButton
              label="Delete"
              title={`Delete ${person.name}?`}
              confirmLabel={`Delete ${noun}`}
              pendingLabel="Deleting…"
              successMessage={`${person.name} was deleted.`}
              redirectTo={listPath}
              action={deleteAction}
            >
              {movies > 0 ? `${person.name} ${linkedMovies(movies)}. The movies stay.` : `${person.name} ${noMovies.onDelete}.`} This cannot be undone.
            </ConfirmActionButton>
          </>
        }
      />
      <div className="flex flex-col gap-6 sm:flex-row">
        {person.photoId ? (
          // eslint-disable-next-line @next/next/no-img-element -- served from /media with an immutable cache
          <img src={mediaUrl(person.photoId)} alt={`Photo of ${person.name}`} className="h-48 w-36 rounded-lg border border-zinc-200 object-cover" />
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] content-start gap-x-4 gap-y-1 text-sm">
          {[...facts, { term: "Slug", value: <span className="break-all">{person.slug}</span> }].map(({ term, value }) => (
            <div key={term} className="contents">
              <dt className="font-medium text-zinc-600">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <section aria-labelledby="bio" className="flex flex-col gap-2">
        <h2 id="bio" className="text-lg font-semibold">Biography</h2>
        {person.bio ? <MarkdownText text={person.bio} className="max-w-prose text-zinc-800" /> : <p className="text-zinc-600">No biography yet.</p>}
      </section>
      <section aria-labelledby="movies" className="flex flex-col gap-2">
        <h2 id="movies" className="text-lg font-semibold">Movies ({movies})</h2>
        {movies === 0 ? (
          <p className="text-zinc-600">{noMovies.list}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {person.credits.map((credit) => (
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
