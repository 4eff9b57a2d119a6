import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { ShowtimeForm } from "@/components/admin/showtime-form";
import { defaultShowtimeValues } from "@/components/admin/showtime-defaults";
import { requireAdminPage } from "@/lib/auth/dal";
import { getShowtimeFormOptions } from "@/lib/scheduling/admin-queries";

export const metadata: Metadata = { title: "New showtime" };

export default async function NewShowtimePage({ searchParams }: PageProps<"/admin/showtimes/new">) {
  await requireAdminPage("/admin/showtimes/new");
  const { movie } = await searchParams;
  const options = await getShowtimeFormOptions();
  const movieId = typeof movie === "string" && options.movies.some((m) => m.id === movie) ? movie : "";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New showtime" back={{ href: "/admin/showtimes", label: "Showtimes" }} />
      <ShowtimeForm options={options} defaults={defaultShowtimeValues(options, movieId)} />
    </div>
  );
}
