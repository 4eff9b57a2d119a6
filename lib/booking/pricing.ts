import type { priceRule } from "@/db/schema";
import type { SeatKind } from "@/lib/venues/seat-layout";

/**
 * The one place a ticket's price is computed. The seat map, the cart, checkout, order changes and
 * the API all call it with rows read on the server: a price from the client is never trusted.
 */
export type TicketTypeRule = {
  priceRule: (typeof priceRule.enumValues)[number];
  amountMinor: number | null;
  percent: number | null;
};

export type PriceInputs = {
  basePriceMinor: number;
  ticketType: TicketTypeRule;
  /** This showtime's own price for the ticket type, when an admin set one. */
  showtimeOverrideMinor?: number | null;
  formatSurchargeMinor: number;
  seatKind: SeatKind;
  seatKindSurcharges: Partial<Record<SeatKind, number>>;
  bookingFeeMinor: number;
};

export type TicketPrice = {
  /** What the seat costs: ticket type price plus format and seat surcharges. */
  priceMinor: number;
  /** The per-ticket booking fee, shown separately before the order is placed. */
  bookingFeeMinor: number;
};

export function ticketTypeBaseMinor(basePriceMinor: number, type: TicketTypeRule): number {
  switch (type.priceRule) {
    case "free":
      return 0;
    case "fixed":
      return type.amountMinor ?? 0;
    case "percent_of_base":
      return Math.round((basePriceMinor * (type.percent ?? 100)) / 100);
  }
}

export function priceTicket(input: PriceInputs): TicketPrice {
  // A free ticket (a carer's) is free outright: no surcharge, no fee.
  if (input.ticketType.priceRule === "free" && input.showtimeOverrideMinor == null) {
    return { priceMinor: 0, bookingFeeMinor: 0 };
  }
  const typePrice = input.showtimeOverrideMinor ?? ticketTypeBaseMinor(input.basePriceMinor, input.ticketType);
  const seatSurcharge = input.seatKindSurcharges[input.seatKind] ?? 0;
  return {
    priceMinor: typePrice + input.formatSurchargeMinor + seatSurcharge,
    bookingFeeMinor: input.bookingFeeMinor,
  };
}

export function sumPrices(prices: TicketPrice[]) {
  const subtotalMinor = prices.reduce((sum, p) => sum + p.priceMinor, 0);
  const bookingFeeMinor = prices.reduce((sum, p) => sum + p.bookingFeeMinor, 0);
  return { subtotalMinor, bookingFeeMinor, totalMinor: subtotalMinor + bookingFeeMinor };
}
