import type { SeatMap } from "@/lib/booking/seat-map";
import type { SeatPickerProps } from "./seat-picker";
import type { TakenState } from "./use-availability";

type MapProps = Pick<SeatPickerProps, "showtimeId" | "currency" | "seats" | "columns" | "initialTaken" | "initialReleased" | "ticketTypes" | "prices">;

/** The picker's props that come from the seat map, as the customer's and the counter's pages both pass them. */
export function seatPickerMapProps(map: SeatMap): MapProps {
  const initialTaken: Record<string, TakenState> = {};
  for (const seat of map.seats) if (seat.state !== "available") initialTaken[seat.id] = seat.state;
  return {
    showtimeId: map.showtime.id,
    currency: map.showtime.currency,
    seats: map.seats.map(({ id, rowLabel, number, kind, x, y }) => ({ id, rowLabel, number, kind, x, y })),
    columns: map.columns,
    initialTaken,
    initialReleased: map.heldBackReleased,
    ticketTypes: map.ticketTypes.map(({ id, name, ageNote, isCarer, idMayBeChecked }) => ({ id, name, ageNote, isCarer, idMayBeChecked })),
    prices: map.prices,
  };
}
