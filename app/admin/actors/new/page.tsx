import type { Metadata } from "next";
import { ActorForm } from "@/components/admin/actor-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "New actor" };

export default async function NewActorPage() {
  await requireAdminPage("/admin/actors/new");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New actor" back={{ href: "/admin/actors", label: "Actors" }} />
      <ActorForm />
    </div>
  );
}
