import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { bookingPolicy, seatKindSurcharges, showtimeTicketPrices, ticketTypes } from "@/db/schema";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { priceTicket, type TicketPrice, type TicketTypeRule } from "./pricing";

/**
 * Everything priceTicket needs besides the showtime itself, read from the database in three small
 * queries for any number of showtimes: prices are always computed on the server from these rows.
 */
export type PriceContext = {
  seatKindSurcharges: Partial<Record<SeatKind, number>>;
  bookingFeeMinor: number;
  /** showtimeId → ticketTypeId → override price */
  overrides: Map<string, Map<string, number>>;
};

export async function loadPriceContext(db: Db, showtimeIds: string[]): Promise<PriceContext> {
  const [surchargeRows, policyRows, overrideRows] = await Promise.all([
    db.select({ kind: seatKindSurcharges.kind, surchargeMinor: seatKindSurcharges.surchargeMinor }).from(seatKindSurcharges),
    db.select({ bookingFeeMinor: bookingPolicy.bookingFeeMinor }).from(bookingPolicy).where(eq(bookingPolicy.id, 1)),
    showtimeIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            showtimeId: showtimeTicketPrices.showtimeId,
            ticketTypeId: showtimeTicketPrices.ticketTypeId,
            priceMinor: showtimeTicketPrices.priceMinor,
          })
          .from(showtimeTicketPrices)
          .where(inArray(showtimeTicketPrices.showtimeId, showtimeIds)),
  ]);
  const overrides = new Map<string, Map<string, number>>();
  for (const row of overrideRows) {
    const byType = overrides.get(row.showtimeId) ?? new Map<string, number>();
    byType.set(row.ticketTypeId, row.priceMinor);
    overrides.set(row.showtimeId, byType);
  }
  return {
    seatKindSurcharges: Object.fromEntries(surchargeRows.map((r) => [r.kind, r.surchargeMinor])),
    bookingFeeMinor: policyRows[0]?.bookingFeeMinor ?? 0,
    overrides,
  };
}

export function priceFor(
  context: PriceContext,
  showtime: { id: string; basePriceMinor: number; formatSurchargeMinor: number },
  ticketType: TicketTypeRule & { id: string },
  seatKind: SeatKind,
): TicketPrice {
  return priceTicket({
    basePriceMinor: showtime.basePriceMinor,
    ticketType,
    showtimeOverrideMinor: context.overrides.get(showtime.id)?.get(ticketType.id) ?? null,
    formatSurchargeMinor: showtime.formatSurchargeMinor,
    seatKind,
    seatKindSurcharges: context.seatKindSurcharges,
    bookingFeeMinor: context.bookingFeeMinor,
  });
}

export type OfferedTicketType = {
  id: string;
  code: string;
  name: string;
  ageNote: string;
  idMayBeChecked: boolean;
  isCarer: boolean;
  isDiscount: boolean;
  priceRule: TicketTypeRule["priceRule"];
  amountMinor: number | null;
  percent: number | null;
};

/** Active ticket types in display order; callers drop discounts on "no discounts" showtimes. */
export async function listActiveTicketTypes(db: Db): Promise<OfferedTicketType[]> {
  const rows = await db
    .select({
      id: ticketTypes.id,
      code: ticketTypes.code,
      name: ticketTypes.name,
      ageNote: ticketTypes.ageNote,
      idMayBeChecked: ticketTypes.idMayBeChecked,
      isCarer: ticketTypes.isCarer,
      isDiscount: ticketTypes.isDiscount,
      priceRule: ticketTypes.priceRule,
      amountMinor: ticketTypes.amountMinor,
      percent: ticketTypes.percent,
    })
    .from(ticketTypes)
    .where(eq(ticketTypes.active, true))
    .orderBy(asc(ticketTypes.sortOrder), asc(ticketTypes.name));
  return rows;
}

export function offeredFor(types: OfferedTicketType[], noDiscounts: boolean) {
  return noDiscounts ? types.filter((t) => !t.isDiscount) : types;
}

/** The type a seat gets when none is chosen: the first offered non-carer type, as the seat map preselects. */
export function defaultTicketType<T extends { isCarer: boolean }>(offered: T[]): T | undefined {
  return offered.find((t) => !t.isCarer) ?? offered[0];
}
