import { Badge } from "@/components/ui/badge";
import { showtimeFeatures } from "@/lib/scheduling/showtime-features";

type Props = {
  formatName: string;
  showtime: Parameters<typeof showtimeFeatures>[0];
  originalLanguage?: string;
};

/** The format and accessibility badges of a showing, used on listings, the seat map, cart and tickets. */
export function ShowtimeBadges({ formatName, showtime, originalLanguage }: Props) {
  const features = showtimeFeatures(showtime, originalLanguage);
  return (
    <span className="inline-flex flex-wrap gap-1">
      {formatName !== "2D" ? <Badge tone="brand">{formatName}</Badge> : null}
      {features.map((feature) => (
        <Badge key={feature.key} tone="info" title={feature.label}>
          <span aria-hidden="true">{feature.short}</span>
          <span className="sr-only">{feature.label}</span>
        </Badge>
      ))}
    </span>
  );
}
