import type { Metadata } from "next";
import { CinemaForm } from "@/components/admin/cinema-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "New cinema" };

export default async function NewCinemaPage() {
  await requireAdminPage("/admin/cinemas/new");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New cinema" back={{ href: "/admin/cinemas", label: "Cinemas" }} />
      <CinemaForm timeZones={Intl.supportedValuesOf("timeZone")} />
    </div>
  );
}
