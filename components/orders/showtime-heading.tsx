import { ShowtimeBadges } from "@/components/scheduling/showtime-badges";
import type { OrderShowtime } from "@/lib/orders/order-details";
import { formatShowDateTime } from "@/lib/time/format";

/** Film, time in the cinema's zone, place and badges of one showtime of an order. */
export function ShowtimeHeading({ showtime, level = 2 }: { showtime: OrderShowtime; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col gap-1">
      <Heading className="text-xl font-semibold">{showtime.movieTitle}</Heading>
      <p className="font-medium text-zinc-800">{formatShowDateTime(showtime.startsAt, showtime.timeZone)}</p>
      <p className="text-sm text-zinc-600">
        {showtime.cinemaName}, {showtime.screenName} · {showtime.cinemaAddress}, {showtime.cinemaCity} {showtime.cinemaPostcode}
      </p>
      <ShowtimeBadges formatName={showtime.formatName} showtime={showtime} originalLanguage={showtime.movieLanguage} />
      {showtime.showtimeStatus === "cancelled" ? (
        <p className="text-sm font-semibold text-red-700">This showtime was cancelled.</p>
      ) : null}
    </div>
  );
}
