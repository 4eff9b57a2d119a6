import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { seatKindLabel } from "./seat-view";

const tones: Record<SeatKind, BadgeTone> = {
  standard: "neutral",
  premium: "warning",
  accessible: "info",
  wheelchair: "info",
  companion: "info",
};

/** The seat's kind as a small badge: premium, wheelchair space, companion seat … (standard needs none). */
export function SeatKindBadge({ kind }: { kind: SeatKind }) {
  if (kind === "standard") return null;
  return <Badge tone={tones[kind]}>{seatKindLabel[kind]}</Badge>;
}
