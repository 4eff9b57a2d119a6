import { describe, expect, it } from "vitest";
import { bookingPolicySchema, formatSchema, seatSurchargesSchema, ticketTypeSchema } from "./schemas";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("settings schemas", () => {
  it("keep surcharges, fees and percents in range", () => {
    expect(formatSchema.parse({ code: "imax", name: "IMAX", videoFormat: "IMAX", surcharge: "4.00", sortOrder: "3" })).toMatchObject({ code: "IMAX", surcharge: 400 });
    expect(paths(formatSchema.safeParse({ code: "IMAX", name: "IMAX", videoFormat: "IMAX", surcharge: "100.01", sortOrder: "1" }))).toEqual(["surcharge"]);
    expect(paths(seatSurchargesSchema.safeParse({ standard: "0", premium: "-1", accessible: "0", wheelchair: "0", companion: "abc" }))).toEqual(["premium", "companion"]);
    expect(paths(bookingPolicySchema.safeParse({ bookingFee: "0.75", cutoffMinutes: "20000", cancellationFeePercent: "101", refundBookingFee: true, maxTicketsPerShowtime: "0", releaseUnpaidMinutes: "30", checkInOpensMinutes: "60", checkInClosesMinutes: "721" }))).toEqual([
      "cutoffMinutes",
      "cancellationFeePercent",
      "maxTicketsPerShowtime",
      "checkInClosesMinutes",
    ]);
    expect(bookingPolicySchema.parse({ bookingFee: "0.75", cutoffMinutes: "120", cancellationFeePercent: "10", refundBookingFee: "on", maxTicketsPerShowtime: "10", releaseUnpaidMinutes: "30", checkInOpensMinutes: "60", checkInClosesMinutes: "30" })).toEqual({
      bookingFee: 75,
      cutoffMinutes: 120,
      cancellationFeePercent: 10,
      refundBookingFee: true,
      maxTicketsPerShowtime: 10,
      releaseUnpaidMinutes: 30,
      checkInOpensMinutes: 60,
      checkInClosesMinutes: 30,
    });
  });

  it("require the amount that matches a ticket type's rule and drop the other", () => {
    const base = { code: "student", name: "Student", ageNote: "", idMayBeChecked: true, isDiscount: true, active: true, sortOrder: "4" };
    expect(paths(ticketTypeSchema.safeParse({ ...base, priceRule: "fixed", amount: "", percent: "" }))).toEqual(["amount"]);
    expect(paths(ticketTypeSchema.safeParse({ ...base, priceRule: "percent_of_base", amount: "", percent: "250" }))).toEqual(["percent"]);
    expect(ticketTypeSchema.parse({ ...base, priceRule: "percent_of_base", amount: "5.00", percent: "85" })).toMatchObject({ amount: null, percent: 85 });
    expect(ticketTypeSchema.parse({ ...base, priceRule: "free", amount: "5.00", percent: "85" })).toMatchObject({ amount: null, percent: null });
  });
});
