import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CinemaForm } from "@/components/admin/cinema-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getCinema } from "@/lib/venues/admin-queries";

export const metadata: Metadata = { title: "Edit cinema" };

export default async function EditCinemaPage({ params }: PageProps<"/admin/cinemas/[id]/edit">) {
  const { id } = await params;
  await requireAdminPage(`/admin/cinemas/${id}/edit`);
  const cinema = isUuid(id) ? await getCinema(id) : null;
  if (!cinema) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${cinema.name}`} back={{ href: `/admin/cinemas/${cinema.id}`, label: cinema.name }} />
      <CinemaForm cinema={cinema} timeZones={Intl.supportedValuesOf("timeZone")} />
    </div>
  );
}
