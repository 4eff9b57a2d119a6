import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { PersonForm } from "@/components/admin/person-form";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "New actor" };

export default async function NewActorPage() {
  await requireAdminPage("/admin/actors/new");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New actor" back={{ href: "/admin/actors", label: "Actors" }} />
      <PersonForm kind="actor" />
    </div>
  );
}
