import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { BulkShowtimeForm } from "@/components/admin/showtime-form";
import { defaultShowtimeValues } from "@/components/admin/showtime-defaults";
import { requireAdminPage } from "@/lib/auth/dal";
import { getShowtimeFormOptions } from "@/lib/scheduling/admin-queries";
import { MAX_BULK_DAYS } from "@/lib/scheduling/schemas";

export const metadata: Metadata = { title: "Schedule a run" };

export default async function BulkShowtimesPage() {
  await requireAdminPage("/admin/showtimes/bulk");
  const options = await getShowtimeFormOptions();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Schedule a run"
        back={{ href: "/admin/showtimes", label: "Showtimes" }}
        description={`The same time every day over up to ${MAX_BULK_DAYS} days. If any day clashes, nothing is scheduled and the clashing dates are listed.`}
      />
      <BulkShowtimeForm options={options} defaults={defaultShowtimeValues(options)} />
    </div>
  );
}
