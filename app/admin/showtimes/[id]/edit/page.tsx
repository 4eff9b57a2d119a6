import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { ShowtimeForm } from "@/components/admin/showtime-form";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getShowtime, getShowtimeFormOptions } from "@/lib/scheduling/admin-queries";
import { minorToMajor } from "@/lib/money";
import { utcToZonedLocal } from "@/lib/scheduling/local-time";

export const metadata: Metadata = { title: "Edit showtime" };

export default async function EditShowtimePage({ params }: PageProps<"/admin/showtimes/[id]/edit">) {
  const { id } = await params;
  await requireAdminPage(`/admin/showtimes/${id}/edit`);
  const [showtime, options] = await Promise.all([isUuid(id) ? getShowtime(id) : null, getShowtimeFormOptions()]);
  if (!showtime) notFound();
  // An archived movie is not offered for new showtimes, but this one keeps showing its own.
  const movies = options.movies.some((m) => m.id === showtime.movieId)
    ? options.movies
    : [...options.movies, { id: showtime.movieId, title: showtime.movieTitle, runtimeMinutes: 0, language: showtime.movieLanguage }];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${showtime.movieTitle}`} back={{ href: `/admin/showtimes/${showtime.id}`, label: "Showtime" }} />
      <ShowtimeForm
        options={{ ...options, movies }}
        showtimeId={showtime.id}
        defaults={{
          movieId: showtime.movieId,
          screenId: showtime.screenId,
          formatId: showtime.formatId,
          startsAtLocal: utcToZonedLocal(showtime.startsAt, showtime.timeZone),
          basePrice: minorToMajor(showtime.basePriceMinor, showtime.currency),
          currency: showtime.currency as "GBP",
          spokenLanguage: showtime.spokenLanguage,
          subtitleLanguage: showtime.subtitleLanguage ?? "",
          audioDescription: showtime.audioDescription,
          openCaptions: showtime.openCaptions,
          closedCaptions: showtime.closedCaptions,
          sensoryFriendly: showtime.sensoryFriendly,
          noDiscounts: showtime.noDiscounts,
          ticketPrices: options.ticketTypes.map((t) => {
            const price = showtime.ticketPrices.find((p) => p.ticketTypeId === t.id);
            return { ticketTypeId: t.id, price: price ? minorToMajor(price.priceMinor, showtime.currency) : "" };
          }),
        }}
      />
    </div>
  );
}
