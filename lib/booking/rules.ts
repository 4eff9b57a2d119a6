import type { SeatKind } from "@/lib/venues/seat-layout";
import { InvalidError } from "@/lib/errors";
import { BOOKING_LIMITS } from "./schemas";

/**
 * The seating rules a cart must keep for one showtime, as pure functions: holds.ts checks them inside
 * its transaction and the seat map uses the same predicates to explain them.
 */

/**
 * Wheelchair spaces and their companion seats are kept back from general sale: sold only to someone who
 * declares they need one, until every other seat is taken; a sold ticket can't be moved into one.
 */
export const HELD_BACK_SEAT_KINDS = ["wheelchair", "companion"] as const satisfies readonly SeatKind[];

export function isHeldBackKind(kind: SeatKind) {
  return (HELD_BACK_SEAT_KINDS as readonly SeatKind[]).includes(kind);
}

export type HeldSeat = { kind: SeatKind; isCarer: boolean; label: string };

/** Runs a rule check, adding what to do next to the message it refuses with. */
export function withHint<T>(hint: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InvalidError) throw new InvalidError(`${error.message} ${hint}`, error.fieldErrors);
    throw error;
  }
}

/**
 * What one customer holds for one showtime must make sense together: companion seats go with a
 * wheelchair space (at most three each) unless the spaces were released to general sale, and a free
 * carer ticket goes with a paying one.
 */
export function checkComposition(held: HeldSeat[], { released }: { released: boolean }) {
  const wheelchairs = held.filter((s) => s.kind === "wheelchair").length;
  const companions = held.filter((s) => s.kind === "companion").length;
  const max = BOOKING_LIMITS.companionsPerWheelchair;
  if (!released && companions > wheelchairs * max) {
    throw new InvalidError(
      wheelchairs === 0
        ? "Companion seats are for people accompanying a wheelchair user: add a wheelchair space first."
        : `You can have up to ${max} companion seats with each wheelchair space.`,
      { seats: [`Up to ${max} companion seats per wheelchair space.`] },
    );
  }
  const carers = held.filter((s) => s.isCarer).length;
  if (carers > held.length - carers) {
    throw new InvalidError("A free carer ticket goes with a paying ticket for the person they accompany.", {
      seats: ["Each carer ticket needs another ticket with it."],
    });
  }
}

export function seatKindName(kind: SeatKind) {
  switch (kind) {
    case "standard":
      return "standard";
    case "premium":
      return "premium";
    case "accessible":
      return "accessible seat";
    case "wheelchair":
      return "wheelchair space";
    case "companion":
      return "companion seat";
  }
}
