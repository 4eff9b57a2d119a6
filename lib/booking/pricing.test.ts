import { describe, expect, it } from "vitest";
import { priceTicket, sumPrices, type PriceInputs } from "./pricing";

const base: PriceInputs = {
  basePriceMinor: 1200,
  ticketType: { priceRule: "percent_of_base", amountMinor: null, percent: 100 },
  formatSurchargeMinor: 0,
  seatKind: "standard",
  seatKindSurcharges: { standard: 0, premium: 250 },
  bookingFeeMinor: 0,
};

describe("priceTicket", () => {
  it("charges the base price for an adult in a standard 2D seat", () => {
    expect(priceTicket(base)).toEqual({ priceMinor: 1200, bookingFeeMinor: 0 });
  });

  it("adds the format surcharge, the seat kind surcharge and the booking fee", () => {
    expect(
      priceTicket({ ...base, formatSurchargeMinor: 400, seatKind: "premium", bookingFeeMinor: 75 }),
    ).toEqual({ priceMinor: 1200 + 400 + 250, bookingFeeMinor: 75 });
  });

  it("applies a percentage ticket type to the base price only, rounding to the nearest minor unit", () => {
    const child = { priceRule: "percent_of_base" as const, amountMinor: null, percent: 70 };
    expect(priceTicket({ ...base, basePriceMinor: 1195, ticketType: child, formatSurchargeMinor: 200 })).toEqual({
      priceMinor: Math.round(1195 * 0.7) + 200,
      bookingFeeMinor: 0,
    });
  });

  it("uses a fixed ticket type price, and a showtime's own price over the type's rule", () => {
    const fixed = { priceRule: "fixed" as const, amountMinor: 500, percent: null };
    expect(priceTicket({ ...base, ticketType: fixed }).priceMinor).toBe(500);
    expect(priceTicket({ ...base, ticketType: fixed, showtimeOverrideMinor: 650 }).priceMinor).toBe(650);
  });

  it("makes a free (carer) ticket free outright: no surcharge and no fee", () => {
    const carer = { priceRule: "free" as const, amountMinor: null, percent: null };
    expect(
      priceTicket({ ...base, ticketType: carer, formatSurchargeMinor: 400, seatKind: "premium", bookingFeeMinor: 75 }),
    ).toEqual({ priceMinor: 0, bookingFeeMinor: 0 });
  });
});

describe("sumPrices", () => {
  it("adds subtotals and fees into a total", () => {
    expect(
      sumPrices([
        { priceMinor: 1200, bookingFeeMinor: 50 },
        { priceMinor: 840, bookingFeeMinor: 50 },
      ]),
    ).toEqual({ subtotalMinor: 2040, bookingFeeMinor: 100, totalMinor: 2140 });
  });
});
