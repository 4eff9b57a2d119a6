import { ShowtimeBadges } from "@/components/scheduling/showtime-badges";
import { Badge } from "@/components/ui/badge";
import { formatShowDateTime } from "@/lib/time/format";

type Props = {
  startsAt: Date;
  timeZone: string;
  cinemaName: string;
  screenName: string;
  formatName: string;
  movieLanguage: string;
  noDiscounts: boolean;
  showtime: Parameters<typeof ShowtimeBadges>[0]["showtime"];
};

/** When and where, with the showing's badges: shared by the seat map and the cart. */
export function ShowtimeSummary(props: Props) {
  return (
    <div className="flex flex-col gap-1.5 text-sm text-zinc-700">
      <p>
        <time dateTime={props.startsAt.toISOString()} className="font-semibold text-zinc-900">
          {formatShowDateTime(props.startsAt, props.timeZone)}
        </time>
      </p>
      <p>
        {props.cinemaName} · {props.screenName}
      </p>
      <div className="flex flex-wrap gap-1">
        <ShowtimeBadges formatName={props.formatName} showtime={props.showtime} originalLanguage={props.movieLanguage} />
        {props.noDiscounts ? (
          <Badge tone="warning" title="Only full-price tickets for this showtime">
            No discounts
          </Badge>
        ) : null}
      </div>
    </div>
  );
}
