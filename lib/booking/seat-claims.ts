import { and, eq, gt, isNotNull, isNull, lte, or, type SQL } from "drizzle-orm";
import { seatClaims, seats } from "@/db/schema";

/**
 * The one rule for whether a seat_claims row still takes its seat at the instant `at`: a sold seat
 * always does, a hold only while `held_until` is after `at`. The boundary instant belongs to the next
 * customer — a hold expiring exactly at `at` is expired (docs/decisions/001-seat-claims.md). Every
 * reader (seat map, cart, listings, checkout) and every claim statement uses these two, so no two of
 * them can disagree about one seat at one instant.
 */
export function isLiveClaim(at: Date): SQL {
  return or(isNotNull(seatClaims.ticketId), gt(seatClaims.heldUntil, at)) as SQL;
}

/** The exact opposite of isLiveClaim: a hold whose time is up, which the next claim may take over. */
export function isExpiredHold(at: Date): SQL {
  return and(isNull(seatClaims.ticketId), lte(seatClaims.heldUntil, at)) as SQL;
}

/** Join condition: the live claim (if any) on a `seats` row for one showtime. A null join is a free seat. */
export function liveClaimOnSeat(showtimeId: string, at: Date): SQL {
  return and(eq(seatClaims.seatId, seats.id), eq(seatClaims.showtimeId, showtimeId), isLiveClaim(at)) as SQL;
}
