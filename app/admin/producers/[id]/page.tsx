import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonDetails } from "@/components/admin/person-details";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getProducer } from "@/lib/catalog/admin-queries";
import { deleteProducerAction } from "../actions";

export const metadata: Metadata = { title: "Producer" };

export default async function ProducerPage({ params }: PageProps<"/admin/producers/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/producers/${id}`);
  const producer = isUuid(id) ? await getProducer(id) : null;
  if (!producer) notFound();
  return (
    <PersonDetails
      person={producer}
      noun="producer"
      listPath="/admin/producers"
      listLabel="Producers"
      facts={[
        { term: "Company", value: producer.company || "—" },
        { term: "Age", value: producer.age ?? "Unknown" },
      ]}
      deleteAction={deleteProducerAction.bind(null, { id: producer.id })}
      linkedMovies={(count) => `will be removed from ${count} ${count === 1 ? "movie" : "movies"}`}
      noMovies={{ onDelete: "is not linked to any movie", list: "Not linked to any movie yet." }}
    />
  );
}
