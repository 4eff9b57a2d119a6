import Link from "next/link";
import { ShowtimeBadges } from "@/components/scheduling/showtime-badges";
import type { ShowtimeListing } from "@/lib/scheduling/queries";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime, formatShowTime } from "@/lib/time/format";

/** One showing as a tappable time (≥ 44 px) with its badges; a sold-out showing is not a link. */
export function ShowtimeButton({ showtime }: { showtime: ShowtimeListing }) {
  const time = formatShowTime(showtime.startsAt, showtime.cinema.timeZone);
  const when = formatShowDateTime(showtime.startsAt, showtime.cinema.timeZone);
  const status = showtime.availability.status;
  const badges = (
    <ShowtimeBadges formatName={showtime.format.name} showtime={showtime} originalLanguage={showtime.movie.language} />
  );
  if (status === "sold-out") {
    return (
      <li className="showtime-chip border-dashed border-zinc-300 bg-zinc-100 text-zinc-600">
        <span className="showtime-time line-through decoration-1">{time}</span>
        <span className="text-xs font-semibold">Sold out</span>
        <span className="sr-only">{when}, {showtime.screenName}</span>
        {badges}
      </li>
    );
  }
  return (
    <li>
      <Link
        href={`/showtimes/${showtime.id}`}
        prefetch={false}
        className="showtime-chip showtime-chip-bookable"
      >
        <span className="showtime-time text-zinc-900">
          {time}
          <span className="sr-only">
            , {when}, {showtime.screenName}, from {formatMoney(showtime.adultPriceMinor, showtime.currency)}
          </span>
        </span>
        {status === "almost-full" ? <span className="text-xs font-semibold text-amber-800">Almost full</span> : null}
        {badges}
      </Link>
    </li>
  );
}
