import "server-only";
import { z } from "zod";
import { getSeatMap } from "@/lib/booking/seat-map";
import { NotFoundError } from "@/lib/errors";
import { defineEndpoint } from "../endpoint";

/**
 * A showtime's seat map for apps and kiosks. Public and anonymous on purpose: it reads the map as a
 * signed-out visitor does, so a hold is "held" whoever made it (the cart says which are yours), and
 * the prices are the seat map's own (lib/booking/price-context.ts), never worked out here.
 */
const seatPrice = z.object({
  ticketTypeId: z.uuid(),
  ticketTypeName: z.string(),
  priceMinor: z.int().describe("What the seat costs with this ticket type, surcharges included."),
  bookingFeeMinor: z.int().describe("The per-ticket booking fee, added at checkout."),
  currency: z.string(),
});

const seatOut = z.object({
  id: z.uuid(),
  row: z.string(),
  number: z.int(),
  kind: z.enum(["standard", "premium", "accessible", "wheelchair", "companion"]),
  status: z.enum(["available", "held", "sold"]),
  x: z.int().describe("Grid column from the left, gaps included, for drawing the map."),
  y: z.int().describe("Grid row from the screen side, gaps included."),
  prices: z.array(seatPrice).describe("One per ticket type offered for this showtime."),
});

export const listSeats = defineEndpoint({
  method: "GET",
  path: "/api/v1/showtimes/{id}/seats",
  operationId: "listShowtimeSeats",
  tag: "Showtimes",
  summary: "Every seat of a showtime with its status and prices",
  description:
    "Live, never cached. A seat held by anyone (you included) is `held`. Wheelchair spaces are sold only with a wheelchair declaration until the other seats are gone (the cart enforces it). 404 for an unknown or cancelled showtime.",
  access: "public",
  params: z.object({ id: z.uuid() }),
  response: { status: 200, description: "The seats, front row first.", schema: z.object({ data: z.array(seatOut) }) },
  handler: async ({ params }) => {
    const map = await getSeatMap(params.id, null);
    if (!map || map.showtime.status === "cancelled") throw new NotFoundError("That showtime does not exist or was cancelled.");
    const { currency } = map.showtime;
    return {
      data: map.seats.map((seat) => ({
        id: seat.id,
        row: seat.rowLabel,
        number: seat.number,
        kind: seat.kind,
        // With no viewer the map never says "yours".
        status: seat.state === "yours" ? "held" : seat.state,
        x: seat.x,
        y: seat.y,
        prices: map.ticketTypes.flatMap((type) => {
          const price = map.prices[type.id]?.[seat.kind];
          return price ? [{ ticketTypeId: type.id, ticketTypeName: type.name, priceMinor: price.priceMinor, bookingFeeMinor: price.bookingFeeMinor, currency }] : [];
        }),
      })),
    };
  },
});

export const seatEndpoints = [listSeats];
