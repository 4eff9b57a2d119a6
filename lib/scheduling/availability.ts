/** How full a showing is, as the listings show it. */
export type AvailabilityStatus = "available" | "almost-full" | "sold-out";

export type Availability = { capacity: number; taken: number; status: AvailabilityStatus };

/** "Almost full" once at most this share of the seats (and at least a handful) is left. */
const ALMOST_FULL_SHARE = 0.15;
const ALMOST_FULL_MIN_SEATS = 5;

export function availabilityOf(capacity: number, taken: number): Availability {
  const left = capacity - taken;
  const status: AvailabilityStatus =
    left <= 0
      ? "sold-out"
      : left <= Math.max(ALMOST_FULL_MIN_SEATS, Math.floor(capacity * ALMOST_FULL_SHARE))
        ? "almost-full"
        : "available";
  return { capacity, taken, status };
}
