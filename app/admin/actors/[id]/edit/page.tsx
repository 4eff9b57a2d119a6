import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { PersonForm } from "@/components/admin/person-form";
import { requireAdminPage } from "@/lib/auth/dal";
import { getActor } from "@/lib/catalog/admin-queries";
import { isUuid } from "@/lib/admin/ids";

export const metadata: Metadata = { title: "Edit actor" };

export default async function EditActorPage({ params }: PageProps<"/admin/actors/[id]/edit">) {
  const { id } = await params;
  await requireAdminPage(`/admin/actors/${id}/edit`);
  const actor = isUuid(id) ? await getActor(id) : null;
  if (!actor) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${actor.name}`} back={{ href: `/admin/actors/${actor.id}`, label: actor.name }} />
      <PersonForm kind="actor" person={actor} />
    </div>
  );
}
