import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { showtimeTicketPrices } from "@/db/schema";
import { referenceData } from "@/lib/settings/reference-data";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { priceTicket, type TicketPrice, type TicketTypeRule } from "./pricing";

/**
 * Everything priceTicket needs besides the showtime itself, for any number of showtimes: the overrides
 * in one query, the rest from this process's copy of the reference data. Prices are always computed on
 * the server from these rows.
 */
export type PriceContext = {
  seatKindSurcharges: Partial<Record<SeatKind, number>>;
  bookingFeeMinor: number;
  /** showtimeId → ticketTypeId → override price */
  overrides: Map<string, Map<string, number>>;
};

export async function loadPriceContext(db: Db, showtimeIds: string[]): Promise<PriceContext> {
  const [reference, overrideRows] = await Promise.all([
    referenceData(db),
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
  return { seatKindSurcharges: reference.seatKindSurcharges, bookingFeeMinor: reference.policy.bookingFeeMinor, overrides };
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
  return (await referenceData(db)).ticketTypes
    .filter((t) => t.active)
    .map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      ageNote: t.ageNote,
      idMayBeChecked: t.idMayBeChecked,
      isCarer: t.isCarer,
      isDiscount: t.isDiscount,
      priceRule: t.priceRule,
      amountMinor: t.amountMinor,
      percent: t.percent,
    }));
}

export function offeredFor(types: OfferedTicketType[], noDiscounts: boolean) {
  return noDiscounts ? types.filter((t) => !t.isDiscount) : types;
}

/** The type a seat gets when none is chosen: the first offered non-carer type, as the seat map preselects. */
export function defaultTicketType<T extends { isCarer: boolean }>(offered: T[]): T | undefined {
  return offered.find((t) => !t.isCarer) ?? offered[0];
}
