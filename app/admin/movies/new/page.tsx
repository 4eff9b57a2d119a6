import type { Metadata } from "next";
import { MovieForm } from "@/components/admin/movie-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";
import { listCategoryOptions, listGenreOptions } from "@/lib/catalog/admin-queries";

export const metadata: Metadata = { title: "New movie" };

export default async function NewMoviePage() {
  await requireAdminPage("/admin/movies/new");
  const [genres, categories] = await Promise.all([listGenreOptions(), listCategoryOptions()]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New movie" back={{ href: "/admin/movies", label: "Movies" }} />
      <MovieForm genres={genres} categories={categories} />
    </div>
  );
}
