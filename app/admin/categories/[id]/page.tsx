import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { PageHeader } from "@/components/admin/page-header";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getCategory } from "@/lib/catalog/admin-queries";
import { deleteCategoryAction } from "../actions";

export const metadata: Metadata = { title: "Category" };

export default async function CategoryPage({ params }: PageProps<"/admin/categories/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/categories/${id}`);
  const category = isUuid(id) ? await getCategory(id) : null;
  if (!category) notFound();
  const count = category.movies.length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={category.name}
        back={{ href: "/admin/categories", label: "Categories" }}
        description={category.description || undefined}
        actions={
          <>
            <Link href={`/admin/categories/${category.id}/edit`} className={buttonClasses("secondary")}>Edit</Link>
            <ConfirmActionButton
              label="Delete"
              title={`Delete ${category.name}?`}
              confirmLabel="Delete category"
              pendingLabel="Deleting…"
              successMessage={`${category.name} was deleted.`}
              redirectTo="/admin/categories"
              action={deleteCategoryAction.bind(null, { id: category.id })}
            >
              {count > 0
                ? `${count} ${count === 1 ? "movie leaves" : "movies leave"} this category. The movies stay.`
                : "No movie is in this category."}{" "}
              This cannot be undone.
            </ConfirmActionButton>
          </>
        }
      />
      <p className="text-sm text-zinc-600">Slug: {category.slug}</p>
      <section aria-labelledby="movies" className="flex flex-col gap-2">
        <h2 id="movies" className="text-lg font-semibold">Movies ({count})</h2>
        {count === 0 ? (
          <p className="text-zinc-600">No movies yet. Pick this category on a movie&apos;s form.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {category.movies.map((m) => (
              <li key={m.id}>
                <Link href={`/admin/movies/${m.id}`} className="font-medium text-brand-700 hover:underline">{m.title}</Link>
                <span className="text-zinc-600"> ({m.releaseDate.slice(0, 4)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
