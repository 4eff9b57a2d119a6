import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import {
  bookingPolicy,
  formats,
  seatKindSurcharges,
  seats,
  showtimeTicketPrices,
  showtimes,
  ticketTypes,
} from "@/db/schema";
import { priceTicket, type TicketPrice } from "@/lib/booking/pricing";
import { DEFAULT_BOOKING_POLICY, type BookingPolicy } from "@/lib/orders/policy";
import type { SeatKind } from "@/lib/venues/seat-layout";

/**
 * Reads the rows priceTicket needs (showtime base price and format surcharge, seat kind surcharges,
 * ticket type rules and per-showtime overrides, the booking fee) in a fixed number of queries, so
 * checkout, the checkout page and order changes price a seat the same way.
 */
type Reader = Db | Tx;

export type PriceRequest = { showtimeId: string; seatId: string; ticketTypeId: string };

export async function loadBookingPolicy(db: Reader): Promise<BookingPolicy> {
  const [row] = await db
    .select({
      bookingFeeMinor: bookingPolicy.bookingFeeMinor,
      cutoffMinutes: bookingPolicy.cutoffMinutes,
      cancellationFeePercent: bookingPolicy.cancellationFeePercent,
      refundBookingFee: bookingPolicy.refundBookingFee,
      maxTicketsPerShowtime: bookingPolicy.maxTicketsPerShowtime,
      releaseUnpaidMinutes: bookingPolicy.releaseUnpaidMinutes,
      checkInOpensMinutes: bookingPolicy.checkInOpensMinutes,
      checkInClosesMinutes: bookingPolicy.checkInClosesMinutes,
    })
    .from(bookingPolicy)
    .where(eq(bookingPolicy.id, 1));
  return row ?? DEFAULT_BOOKING_POLICY;
}

/** Prices every request; the result is keyed like the input (same order). */
export async function priceRequests(
  db: Reader,
  requests: PriceRequest[],
  policy?: BookingPolicy,
): Promise<TicketPrice[]> {
  if (requests.length === 0) return [];
  const showtimeIds = [...new Set(requests.map((r) => r.showtimeId))];
  const seatIds = [...new Set(requests.map((r) => r.seatId))];
  const typeIds = [...new Set(requests.map((r) => r.ticketTypeId))];
  const [showtimeRows, seatRows, typeRows, overrideRows, surchargeRows, resolvedPolicy] = await Promise.all([
    db
      .select({ id: showtimes.id, basePriceMinor: showtimes.basePriceMinor, formatSurchargeMinor: formats.surchargeMinor })
      .from(showtimes)
      .innerJoin(formats, eq(formats.id, showtimes.formatId))
      .where(inArray(showtimes.id, showtimeIds)),
    db.select({ id: seats.id, kind: seats.kind }).from(seats).where(inArray(seats.id, seatIds)),
    db
      .select({ id: ticketTypes.id, priceRule: ticketTypes.priceRule, amountMinor: ticketTypes.amountMinor, percent: ticketTypes.percent })
      .from(ticketTypes)
      .where(inArray(ticketTypes.id, typeIds)),
    db
      .select()
      .from(showtimeTicketPrices)
      .where(and(inArray(showtimeTicketPrices.showtimeId, showtimeIds), inArray(showtimeTicketPrices.ticketTypeId, typeIds))),
    db.select().from(seatKindSurcharges),
    policy ? Promise.resolve(policy) : loadBookingPolicy(db),
  ]);
  const showtimeById = new Map(showtimeRows.map((s) => [s.id, s]));
  const seatKindById = new Map(seatRows.map((s) => [s.id, s.kind]));
  const typeById = new Map(typeRows.map((t) => [t.id, t]));
  const overrides = new Map(overrideRows.map((o) => [`${o.showtimeId}:${o.ticketTypeId}`, o.priceMinor]));
  const seatKindSurchargeMap: Partial<Record<SeatKind, number>> = Object.fromEntries(
    surchargeRows.map((r) => [r.kind, r.surchargeMinor]),
  );
  return requests.map((request) => {
    const showtime = showtimeById.get(request.showtimeId);
    const seatKind = seatKindById.get(request.seatId);
    const type = typeById.get(request.ticketTypeId);
    if (!showtime || !seatKind || !type) {
      throw new Error(`pricing: missing row for ${JSON.stringify(request)}`);
    }
    return priceTicket({
      basePriceMinor: showtime.basePriceMinor,
      formatSurchargeMinor: showtime.formatSurchargeMinor,
      ticketType: type,
      showtimeOverrideMinor: overrides.get(`${request.showtimeId}:${request.ticketTypeId}`) ?? null,
      seatKind,
      seatKindSurcharges: seatKindSurchargeMap,
      bookingFeeMinor: resolvedPolicy.bookingFeeMinor,
    });
  });
}
