import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { formats, seats, showtimeTicketPrices, showtimes } from "@/db/schema";
import { priceTicket, type TicketPrice } from "@/lib/booking/pricing";
import type { BookingPolicy } from "@/lib/orders/policy";
import { referenceData } from "@/lib/settings/reference-data";

/**
 * Reads the rows priceTicket needs (showtime base price and format surcharge, per-showtime overrides;
 * seat kind surcharges, ticket type rules and the booking fee from lib/settings/reference-data.ts) in a
 * fixed number of queries, so checkout, the checkout page and order changes price a seat the same way.
 */
type Reader = Db | Tx;

export type PriceRequest = { showtimeId: string; seatId: string; ticketTypeId: string };

export async function loadBookingPolicy(db: Reader): Promise<BookingPolicy> {
  return (await referenceData(db)).policy;
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
  const [showtimeRows, seatRows, overrideRows, reference] = await Promise.all([
    db
      .select({ id: showtimes.id, basePriceMinor: showtimes.basePriceMinor, formatSurchargeMinor: formats.surchargeMinor })
      .from(showtimes)
      .innerJoin(formats, eq(formats.id, showtimes.formatId))
      .where(inArray(showtimes.id, showtimeIds)),
    db.select({ id: seats.id, kind: seats.kind }).from(seats).where(inArray(seats.id, seatIds)),
    db
      .select()
      .from(showtimeTicketPrices)
      .where(and(inArray(showtimeTicketPrices.showtimeId, showtimeIds), inArray(showtimeTicketPrices.ticketTypeId, typeIds))),
    referenceData(db),
  ]);
  const showtimeById = new Map(showtimeRows.map((s) => [s.id, s]));
  const seatKindById = new Map(seatRows.map((s) => [s.id, s.kind]));
  const overrides = new Map(overrideRows.map((o) => [`${o.showtimeId}:${o.ticketTypeId}`, o.priceMinor]));
  return requests.map((request) => {
    const showtime = showtimeById.get(request.showtimeId);
    const seatKind = seatKindById.get(request.seatId);
    const type = reference.ticketTypeById.get(request.ticketTypeId);
    if (!showtime || !seatKind || !type) {
      throw new Error(`pricing: missing row for ${JSON.stringify(request)}`);
    }
    return priceTicket({
      basePriceMinor: showtime.basePriceMinor,
      formatSurchargeMinor: showtime.formatSurchargeMinor,
      ticketType: type,
      showtimeOverrideMinor: overrides.get(`${request.showtimeId}:${request.ticketTypeId}`) ?? null,
      seatKind,
      seatKindSurcharges: reference.seatKindSurcharges,
      bookingFeeMinor: (policy ?? reference.policy).bookingFeeMinor,
    });
  });
}
