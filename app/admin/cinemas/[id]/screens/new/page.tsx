import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { ScreenForm } from "@/components/admin/screen-form";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getCinema } from "@/lib/venues/admin-queries";

export const metadata: Metadata = { title: "New screen" };

export default async function NewScreenPage({ params }: PageProps<"/admin/cinemas/[id]/screens/new">) {
  const { id } = await params;
  await requireAdminPage(`/admin/cinemas/${id}/screens/new`);
  const cinema = isUuid(id) ? await getCinema(id) : null;
  if (!cinema) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`New screen at ${cinema.name}`} back={{ href: `/admin/cinemas/${cinema.id}`, label: cinema.name }} />
      <ScreenForm cinemaId={cinema.id} />
    </div>
  );
}
