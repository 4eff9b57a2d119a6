import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { PersonForm } from "@/components/admin/person-form";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "New producer" };

export default async function NewProducerPage() {
  await requireAdminPage("/admin/producers/new");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New producer" back={{ href: "/admin/producers", label: "Producers" }} />
      <PersonForm kind="producer" />
    </div>
  );
}
