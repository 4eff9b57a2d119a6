import { describe, expect, it } from "vitest";
import { canChangeTicket, DEFAULT_BOOKING_POLICY, describePolicy, refundForTicket, type BookingPolicy } from "./policy";

const policy: BookingPolicy = { ...DEFAULT_BOOKING_POLICY, bookingFeeMinor: 0, cutoffMinutes: 120, cancellationFeePercent: 0, refundBookingFee: false };
const startsAt = new Date("2026-12-01T19:00:00Z");

describe("canChangeTicket", () => {
  it("allows changes until the cut-off and refuses them from the cut-off on, with the reason", () => {
    expect(canChangeTicket(startsAt, policy, new Date("2026-12-01T16:59:59Z")).allowed).toBe(true);
    const late = canChangeTicket(startsAt, policy, new Date("2026-12-01T17:00:00Z"));
    expect(late).toEqual({
      allowed: false,
      deadline: new Date("2026-12-01T17:00:00Z"),
      reason: "Changes and cancellations close 2 hours before the showtime starts.",
    });
  });

  it("follows a policy's own cut-off", () => {
    const strict = { ...policy, cutoffMinutes: 45 };
    expect(canChangeTicket(startsAt, strict, new Date("2026-12-01T18:14:00Z")).allowed).toBe(true);
    expect(canChangeTicket(startsAt, strict, new Date("2026-12-01T18:15:00Z")).allowed).toBe(false);
  });
});

describe("refundForTicket", () => {
  it("refunds the price less the cancellation fee, and the booking fee only when the policy says so", () => {
    const ticket = { priceMinor: 1000, bookingFeeMinor: 100 };
    expect(refundForTicket(ticket, { ...policy, cancellationFeePercent: 10 })).toEqual({
      refundMinor: 900,
      cancellationFeeMinor: 100,
    });
    expect(refundForTicket(ticket, { ...policy, refundBookingFee: true }).refundMinor).toBe(1100);
  });
});

describe("describePolicy", () => {
  it("states the policy in plain words", () => {
    expect(describePolicy(policy)).toBe(
      "You can cancel or change tickets up to 2 hours before the showtime. Cancellation is free. After that, tickets can't be cancelled or changed.",
    );
    expect(describePolicy({ ...DEFAULT_BOOKING_POLICY, bookingFeeMinor: 50, cutoffMinutes: 30, cancellationFeePercent: 15, refundBookingFee: false })).toContain(
      "up to 30 minutes before the showtime. A cancellation fee of 15% of the ticket price applies. The booking fee is not refunded.",
    );
  });
});
