import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { PersonForm } from "@/components/admin/person-form";
import { requireAdminPage } from "@/lib/auth/dal";
import { getProducer } from "@/lib/catalog/admin-queries";
import { isUuid } from "@/lib/admin/ids";

export const metadata: Metadata = { title: "Edit producer" };

export default async function EditProducerPage({ params }: PageProps<"/admin/producers/[id]/edit">) {
  const { id } = await params;
  await requireAdminPage(`/admin/producers/${id}/edit`);
  const producer = isUuid(id) ? await getProducer(id) : null;
  if (!producer) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${producer.name}`} back={{ href: `/admin/producers/${producer.id}`, label: producer.name }} />
      <PersonForm kind="producer" person={producer} />
    </div>
  );
}
