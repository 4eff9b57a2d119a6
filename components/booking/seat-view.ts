import type { SeatKind } from "@/lib/venues/seat-layout";

/** How a seat looks and reads for this viewer right now: derived on the client from the seat map. */
export type SeatView = "available" | "selected" | "yours" | "held" | "sold" | "held-back";

export const seatViewText: Record<SeatView, string> = {
  available: "available",
  selected: "selected",
  yours: "in your cart",
  held: "reserved by another customer",
  sold: "sold",
  "held-back": "kept for wheelchair users",
};

export const seatKindText: Record<SeatKind, string> = {
  standard: "standard",
  premium: "premium",
  accessible: "accessible seat",
  wheelchair: "wheelchair space",
  companion: "companion seat",
};

export function isPickable(view: SeatView) {
  return view === "available" || view === "selected";
}

/** The seat kind as a heading-case label, for badges in the selection and the cart. */
export const seatKindLabel: Record<SeatKind, string> = {
  standard: "Standard",
  premium: "Premium",
  accessible: "Accessible seat",
  wheelchair: "Wheelchair space",
  companion: "Companion seat",
};
