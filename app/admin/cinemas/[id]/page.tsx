import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { PageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { formatShowDateTime } from "@/lib/time/format";
import { getCinema } from "@/lib/venues/admin-queries";
import { deleteCinemaAction } from "../actions";

export const metadata: Metadata = { title: "Cinema" };

export default async function CinemaPage({ params }: PageProps<"/admin/cinemas/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/cinemas/${id}`);
  const cinema = isUuid(id) ? await getCinema(id) : null;
  if (!cinema) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={cinema.name}
        back={{ href: "/admin/cinemas", label: "Cinemas" }}
        actions={
          <>
            <Link href={`/admin/cinemas/${cinema.id}/edit`} className={buttonClasses("secondary")}>Edit</Link>
            <ConfirmActionButton
              label="Delete"
              title={`Delete ${cinema.name}?`}
              confirmLabel="Delete cinema"
              pendingLabel="Deleting…"
              successMessage={`${cinema.name} was deleted.`}
              redirectTo="/admin/cinemas"
              action={deleteCinemaAction.bind(null, { id: cinema.id })}
            >
              The cinema and its {cinema.screens.length} screens are removed. A cinema with showtimes cannot be deleted.
            </ConfirmActionButton>
          </>
        }
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-zinc-600">Address</dt>
        <dd>{[cinema.address, cinema.city, cinema.postcode, cinema.country].filter(Boolean).join(", ")}</dd>
        <dt className="font-medium text-zinc-600">Phone</dt>
        <dd>{cinema.phone || "—"}</dd>
        <dt className="font-medium text-zinc-600">Time zone</dt>
        <dd>{cinema.timeZone}</dd>
        <dt className="font-medium text-zinc-600">Coordinates</dt>
        <dd>{cinema.latitude !== null && cinema.longitude !== null ? `${cinema.latitude}, ${cinema.longitude}` : "—"}</dd>
      </dl>
      <section aria-labelledby="screens" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="screens" className="text-lg font-semibold">Screens</h2>
          <Link href={`/admin/cinemas/${cinema.id}/screens/new`} className={buttonClasses("secondary")}>Add screen</Link>
        </div>
        {cinema.screens.length === 0 ? (
          <p className="text-zinc-600">No screens yet. Add one to schedule showtimes here.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {cinema.screens.map((s) => (
              <li key={s.id} className="rounded-lg border border-zinc-200 bg-white p-3">
                <Link href={`/admin/cinemas/${cinema.id}/screens/${s.id}`} className="font-medium text-brand-700 hover:underline">{s.name}</Link>
                <p className="text-sm text-zinc-600">{s.seatCount} seats</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="upcoming" className="flex flex-col gap-2">
        <h2 id="upcoming" className="text-lg font-semibold">Upcoming showtimes</h2>
        {cinema.upcoming.length === 0 ? (
          <p className="text-zinc-600">Nothing scheduled.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {cinema.upcoming.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/showtimes/${s.id}`} className="font-medium text-brand-700 hover:underline">
                  {formatShowDateTime(s.startsAt, cinema.timeZone)}
                </Link>
                <span>{s.movieTitle}</span>
                <span className="text-zinc-600">· {s.screenName}</span>
                {s.status === "cancelled" ? <Badge tone="danger">Cancelled</Badge> : null}
              </li>
            ))}
          </ul>
        )}
        <Link href={`/admin/showtimes?cinema=${cinema.id}`} className="text-sm font-medium text-brand-700 hover:underline">All showtimes at {cinema.name}</Link>
      </section>
    </div>
  );
}
