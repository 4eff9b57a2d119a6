import { z } from "zod";

/** Limits a customer's cart; the server enforces them whatever the page allowed. */
export const BOOKING_LIMITS = {
  seatsPerShowtime: 10,
  showtimesPerCart: 3,
  companionsPerWheelchair: 3,
} as const;

const uuid = z.uuid("Choose a seat from the map.");

export const seatChoiceSchema = z
  .object({ seatId: uuid, ticketTypeId: z.uuid("Choose a ticket type.") })
  .strict();

/** "Add to cart" from the seat map. */
export const holdSeatsSchema = z
  .object({
    showtimeId: z.uuid(),
    seats: z
      .array(seatChoiceSchema)
      .min(1, "Choose at least one seat.")
      .max(BOOKING_LIMITS.seatsPerShowtime, `You can book up to ${BOOKING_LIMITS.seatsPerShowtime} seats for one showtime.`)
      .refine((seats) => new Set(seats.map((s) => s.seatId)).size === seats.length, "A seat was chosen twice."),
    wheelchairDeclared: z.boolean().default(false),
    carerDeclared: z.boolean().default(false),
  })
  .strict();

export type HoldSeatsInput = z.infer<typeof holdSeatsSchema>;

export const cartSeatSchema = z.object({ showtimeId: z.uuid(), seatId: z.uuid() }).strict();

export const changeTicketTypeSchema = z
  .object({ showtimeId: z.uuid(), seatId: z.uuid(), ticketTypeId: z.uuid("Choose a ticket type.") })
  .strict();

/**
 * The seat selection kept in the URL (`?seats=<seatId>~<ticketTypeId>,…`) so a guest who signs in
 * comes back to the same seats. Anything malformed is dropped, never an error page.
 */
export function parseSelectionParam(value: string | undefined): { seatId: string; ticketTypeId: string }[] {
  if (!value) return [];
  const result: { seatId: string; ticketTypeId: string }[] = [];
  for (const part of value.split(",").slice(0, BOOKING_LIMITS.seatsPerShowtime)) {
    const [seatId, ticketTypeId] = part.split("~");
    const parsed = seatChoiceSchema.safeParse({ seatId, ticketTypeId });
    if (parsed.success && !result.some((r) => r.seatId === parsed.data.seatId)) result.push(parsed.data);
  }
  return result;
}

export function selectionParam(seats: { seatId: string; ticketTypeId: string }[]) {
  return seats.map((s) => `${s.seatId}~${s.ticketTypeId}`).join(",");
}
