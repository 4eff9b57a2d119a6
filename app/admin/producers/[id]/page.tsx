import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { MarkdownText } from "@/components/admin/markdown-text";
import { PageHeader } from "@/components/admin/page-header";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getProducer } from "@/lib/catalog/admin-queries";
import { mediaUrl } from "@/lib/media/urls";
import { deleteProducerAction } from "../actions";

export const metadata: Metadata = { title: "Producer" };

export default async function ProducerPage({ params }: PageProps<"/admin/producers/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/producers/${id}`);
  const producer = isUuid(id) ? await getProducer(id) : null;
  if (!producer) notFound();
  const movies = producer.credits.length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={producer.name}
        back={{ href: "/admin/producers", label: "Producers" }}
        actions={
          <>
            <Link href={`/admin/producers/${producer.id}/edit`} className={buttonClasses("secondary")}>Edit</Link>
            <ConfirmActionButton
              label="Delete"
              title={`Delete ${producer.name}?`}
              confirmLabel="Delete producer"
              pendingLabel="Deleting…"
              successMessage={`${producer.name} was deleted.`}
              redirectTo="/admin/producers"
              action={deleteProducerAction.bind(null, { id: producer.id })}
            >
              {movies > 0
                ? `${producer.name} will be removed from ${movies} ${movies === 1 ? "movie" : "movies"}. The movies stay.`
                : `${producer.name} is not linked to any movie.`}{" "}
              This cannot be undone.
            </ConfirmActionButton>
          </>
        }
      />
      <div className="flex flex-col gap-6 sm:flex-row">
        {producer.photoId ? (
          // eslint-disable-next-line @next/next/no-img-element -- served from /media with an immutable cache
          <img src={mediaUrl(producer.photoId)} alt={`Photo of ${producer.name}`} className="h-48 w-36 rounded-lg border border-zinc-200 object-cover" />
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-zinc-600">Company</dt>
          <dd>{producer.company || "—"}</dd>
          <dt className="font-medium text-zinc-600">Age</dt>
          <dd>{producer.age ?? "Unknown"}</dd>
          <dt className="font-medium text-zinc-600">Slug</dt>
          <dd className="break-all">{producer.slug}</dd>
        </dl>
      </div>
      <section aria-labelledby="bio" className="flex flex-col gap-2">
        <h2 id="bio" className="text-lg font-semibold">Biography</h2>
        {producer.bio ? <MarkdownText text={producer.bio} className="max-w-prose text-zinc-800" /> : <p className="text-zinc-600">No biography yet.</p>}
      </section>
      <section aria-labelledby="movies" className="flex flex-col gap-2">
        <h2 id="movies" className="text-lg font-semibold">Movies ({movies})</h2>
        {movies === 0 ? (
          <p className="text-zinc-600">Not linked to any movie yet.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {producer.credits.map((credit) => (
              <li key={credit.id}>
                <Link href={`/admin/movies/${credit.id}`} className="font-medium text-brand-700 hover:underline">{credit.title}</Link>
                <span className="text-zinc-600"> ({credit.releaseDate.slice(0, 4)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
