import { createEvent } from "ics";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";
import type { OrderShowtime } from "./order-details";

/**
 * An add-to-calendar file for one showtime of an order. The `ics` package writes either UTC or
 * floating local times (no VTIMEZONE blocks), so DTSTART/DTEND are the exact UTC instants, which every
 * calendar shows in its owner's zone; the cinema's local time and zone are spelled out in the text too.
 */
export function showtimeCalendarFile(orderNumber: string, showtime: OrderShowtime, appUrl: string): string {
  const liveTickets = showtime.tickets.filter((t) => t.status !== "cancelled");
  const seatsText = liveTickets.map((t) => `${seatLabel(t.rowLabel, t.seatNumber)} (${t.ticketTypeName})`).join(", ");
  const location = [showtime.cinemaName, showtime.cinemaAddress, showtime.cinemaCity, showtime.cinemaPostcode]
    .filter(Boolean)
    .join(", ");
  const { error, value } = createEvent({
    uid: `${orderNumber}-${showtime.showtimeId}@marquee`,
    productId: "marquee/tickets",
    title: `${showtime.movieTitle} at ${showtime.cinemaName}`,
    start: showtime.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: showtime.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location,
    description: [
      `${formatShowDateTime(showtime.startsAt, showtime.timeZone)} (${showtime.timeZone})`,
      `${showtime.screenName}. Seats: ${seatsText || "none"}.`,
      `Order ${orderNumber}: ${appUrl}/account/orders/${orderNumber}`,
    ].join("\n"),
    url: `${appUrl}/account/orders/${orderNumber}`,
    status: showtime.showtimeStatus === "cancelled" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("calendar: no output");
  return value;
}

export function calendarFileName(orderNumber: string, showtime: Pick<OrderShowtime, "movieTitle" | "startsAt">) {
  const slug = showtime.movieTitle.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "showtime";
  return `${orderNumber}-${slug}-${showtime.startsAt.toISOString().slice(0, 10)}.ics`;
}
