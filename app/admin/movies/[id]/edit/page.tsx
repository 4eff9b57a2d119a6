import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MovieForm } from "@/components/admin/movie-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getMovie, listCategoryOptions, listGenreOptions } from "@/lib/catalog/admin-queries";

export const metadata: Metadata = { title: "Edit movie" };

export default async function EditMoviePage({ params }: PageProps<"/admin/movies/[id]/edit">) {
  const { id } = await params;
  await requireAdminPage(`/admin/movies/${id}/edit`);
  const [movie, genres, categories] = await Promise.all([isUuid(id) ? getMovie(id) : null, listGenreOptions(), listCategoryOptions()]);
  if (!movie) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${movie.title}`} back={{ href: `/admin/movies/${movie.id}`, label: movie.title }} />
      <MovieForm movie={movie} genres={genres} categories={categories} />
    </div>
  );
}
