import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ShowtimeSummary } from "@/components/booking/showtime-summary";
import { SeatPicker } from "@/components/booking/seat-picker";
import { seatPickerMapProps } from "@/components/booking/seat-picker-map";
import { parseSelectionParam } from "@/lib/booking/schemas";
import { getSeatMap } from "@/lib/booking/seat-map";

export const seatMapMetadata: Metadata = { title: "Choose your seats" };

/** Who the page is rendered for: a signed-in customer, someone signed out, or anyone (the cached page). */
export type SeatMapViewer = { userId: string } | "signed-out" | "anyone";

/** `?seats=…&wheelchair=1&carer=1`: the seats chosen before signing in, brought back after it. */
export type SeatMapQuery = { seats?: string | string[]; wheelchair?: string | string[]; carer?: string | string[] };

/**
 * The seat map, for its two routes (docs/decisions/021-cached-catalogue-pages.md):
 * - `/showtimes/{id}` is one cached HTML for every visitor (app/(catalogue)/showtimes/[id]): the seats
 *   as anyone sees them, at most 30 s old. As the picker connects to the seat events it fetches the live
 *   map for whoever is looking, their own holds and whether they are signed in included.
 * - `/showtimes/{id}?seats=…`, the way back from signing in with seats chosen, is rendered per request
 *   for its viewer (app/(site)/showtimes/[id]/per-request).
 */
export async function SeatMapPage({ id, viewer, query }: { id: string; viewer: SeatMapViewer; query: SeatMapQuery }) {
  if (!z.uuid().safeParse(id).success) notFound();
  const map = await getSeatMap(id, typeof viewer === "object" ? viewer.userId : null);
  if (!map) notFound();
  const { showtime } = map;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-medium text-brand-700">Choose your seats</p>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{showtime.movie.title}</h1>
        <ShowtimeSummary
          startsAt={showtime.startsAt}
          timeZone={showtime.cinema.timeZone}
          cinemaName={showtime.cinema.name}
          screenName={showtime.screenName}
          formatName={showtime.formatName}
          movieLanguage={showtime.movie.language}
          noDiscounts={showtime.noDiscounts}
          showtime={showtime}
        />
      </div>

      {showtime.bookable ? (
        <SeatPicker
          {...seatPickerMapProps(map)}
          initialSelection={parseSelectionParam(typeof query.seats === "string" ? query.seats : undefined)}
          initialWheelchair={query.wheelchair === "1"}
          initialCarer={query.carer === "1"}
          signedIn={viewer === "anyone" ? undefined : viewer !== "signed-out"}
        />
      ) : (
        <div role="status" className="rounded-xl border border-amber-200 bg-amber-50 p-5 text-amber-950">
          <h2 className="text-lg font-semibold">
            {showtime.status === "cancelled" ? "This showtime has been cancelled" : "This showtime has already started"}
          </h2>
          <p className="mt-1 text-sm">
            {showtime.status === "cancelled"
              ? `Tickets can no longer be booked.${showtime.cancelReason ? ` Reason: ${showtime.cancelReason}` : ""}`
              : "Seats can no longer be booked for it."}{" "}
            <Link href={`/movies/${showtime.movie.slug}`} className="font-medium underline">
              See other times for {showtime.movie.title}
            </Link>
            .
          </p>
        </div>
      )}
    </div>
  );
}
