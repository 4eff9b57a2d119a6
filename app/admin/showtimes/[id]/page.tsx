import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelShowtimeButton } from "@/components/admin/cancel-showtime-button";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { PageHeader } from "@/components/admin/page-header";
import { ShowtimeBadges } from "@/components/scheduling/showtime-badges";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { now } from "@/lib/clock";
import { formatMoney } from "@/lib/money";
import { getShowtime } from "@/lib/scheduling/admin-queries";
import { formatShowDateTime, formatShowTime } from "@/lib/time/format";
import { deleteShowtimeAction } from "../actions";

export const metadata: Metadata = { title: "Showtime" };

export default async function ShowtimePage({ params }: PageProps<"/admin/showtimes/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/showtimes/${id}`);
  const showtime = isUuid(id) ? await getShowtime(id) : null;
  if (!showtime) notFound();
  const cancelled = showtime.status === "cancelled";
  const upcoming = showtime.startsAt.getTime() > now().getTime();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${showtime.movieTitle} · ${formatShowDateTime(showtime.startsAt, showtime.timeZone)}`}
        back={{ href: "/admin/showtimes", label: "Showtimes" }}
        actions={
          cancelled ? null : (
            <>
              {upcoming ? <Link href={`/admin/showtimes/${showtime.id}/edit`} className={buttonClasses("secondary")}>Edit</Link> : null}
              {upcoming ? <CancelShowtimeButton showtimeId={showtime.id} sold={showtime.sold} /> : null}
              <ConfirmActionButton
                variant="secondary"
                label="Delete"
                title="Delete this showtime?"
                confirmLabel="Delete showtime"
                pendingLabel="Deleting…"
                successMessage="Showtime deleted."
                redirectTo="/admin/showtimes"
                action={deleteShowtimeAction.bind(null, { id: showtime.id })}
              >
                {showtime.ticketsEver > 0
                  ? `${showtime.ticketsEver} tickets were sold, so this showtime cannot be deleted. Use “Cancel showtime” to refund and notify customers.`
                  : "No ticket was ever sold for it, so it can be removed without trace."}
              </ConfirmActionButton>
            </>
          )
        }
      />
      {cancelled ? (
        <p role="status" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Cancelled{showtime.cancelledAt ? ` on ${formatShowDateTime(showtime.cancelledAt, showtime.timeZone)}` : ""}: {showtime.cancelReason}
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-zinc-600">Movie</dt>
        <dd><Link href={`/admin/movies/${showtime.movieId}`} className="text-brand-700 hover:underline">{showtime.movieTitle}</Link></dd>
        <dt className="font-medium text-zinc-600">Where</dt>
        <dd><Link href={`/admin/cinemas/${showtime.cinemaId}`} className="text-brand-700 hover:underline">{showtime.cinemaName}</Link> · {showtime.screenName}</dd>
        <dt className="font-medium text-zinc-600">Screen busy</dt>
        <dd>{formatShowTime(showtime.startsAt, showtime.timeZone)}–{formatShowTime(showtime.endsAt, showtime.timeZone)} ({showtime.timeZone})</dd>
        <dt className="font-medium text-zinc-600">Format</dt>
        <dd>{showtime.formatName}</dd>
        <dt className="font-medium text-zinc-600">Base price</dt>
        <dd>{formatMoney(showtime.basePriceMinor, showtime.currency)}{showtime.noDiscounts ? <> <Badge tone="warning">No discounts</Badge></> : null}</dd>
        <dt className="font-medium text-zinc-600">Features</dt>
        <dd><ShowtimeBadges formatName={showtime.formatName} showtime={showtime} originalLanguage={showtime.movieLanguage} /></dd>
        <dt className="font-medium text-zinc-600">Sold</dt>
        <dd>{showtime.sold} of {showtime.capacity} seats</dd>
      </dl>
    </div>
  );
}
