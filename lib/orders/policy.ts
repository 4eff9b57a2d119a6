import type { bookingPolicy } from "@/db/schema";

/**
 * The refund and exchange policy, as data (the booking_policy row) and rules (here). Cancelling,
 * changing a seat or a ticket type, the checkout page and the confirmation email all use this module.
 */
export type BookingPolicy = Omit<typeof bookingPolicy.$inferSelect, "id" | "updatedAt">;

/** The schema defaults, should the row (inserted by the migration) ever be missing. */
export const DEFAULT_BOOKING_POLICY: BookingPolicy = {
  bookingFeeMinor: 0,
  cutoffMinutes: 120,
  cancellationFeePercent: 0,
  refundBookingFee: false,
  maxTicketsPerShowtime: 10,
  releaseUnpaidMinutes: 30,
  checkInOpensMinutes: 60,
  checkInClosesMinutes: 30,
};

export type ChangeDecision = { allowed: true; deadline: Date } | { allowed: false; deadline: Date; reason: string };

export function changeDeadline(startsAt: Date, policy: BookingPolicy) {
  return new Date(startsAt.getTime() - policy.cutoffMinutes * 60_000);
}

/** Whether a ticket for a showtime starting at `startsAt` may still be cancelled or changed at `at`. */
export function canChangeTicket(startsAt: Date, policy: BookingPolicy, at: Date): ChangeDecision {
  const deadline = changeDeadline(startsAt, policy);
  if (at < deadline) return { allowed: true, deadline };
  return {
    allowed: false,
    deadline,
    reason: `Changes and cancellations close ${describeCutoff(policy.cutoffMinutes)} before the showtime starts.`,
  };
}

/** What goes back to the customer when a ticket is cancelled before the cut-off. */
export function refundForTicket(ticket: { priceMinor: number; bookingFeeMinor: number }, policy: BookingPolicy) {
  const cancellationFeeMinor = Math.round((ticket.priceMinor * policy.cancellationFeePercent) / 100);
  const feeBackMinor = policy.refundBookingFee ? ticket.bookingFeeMinor : 0;
  return { refundMinor: ticket.priceMinor - cancellationFeeMinor + feeBackMinor, cancellationFeeMinor };
}

/** The policy in plain words, for the checkout page and the confirmation email. */
export function describePolicy(policy: BookingPolicy): string {
  const window = `You can cancel or change tickets up to ${describeCutoff(policy.cutoffMinutes)} before the showtime.`;
  const fee =
    policy.cancellationFeePercent > 0
      ? ` A cancellation fee of ${policy.cancellationFeePercent}% of the ticket price applies.`
      : " Cancellation is free.";
  const bookingFee =
    policy.bookingFeeMinor === 0
      ? ""
      : policy.refundBookingFee
        ? " The booking fee is refunded."
        : " The booking fee is not refunded.";
  return `${window}${fee}${bookingFee} After that, tickets can't be cancelled or changed.`;
}

export function describeCutoff(minutes: number) {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} hour${hours === 1 ? "" : "s"}`;
  }
  return `${minutes} minutes`;
}
