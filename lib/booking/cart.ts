import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { carts, cinemas, formats, movies, screens, seatClaims, seats, showtimes, ticketTypes } from "@/db/schema";
import { now } from "@/lib/clock";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { sumPrices } from "./pricing";
import { isLiveClaim } from "./seat-claims";
import { listActiveTicketTypes, loadPriceContext, offeredFor, priceFor, type OfferedTicketType } from "./price-context";
import { showtimeFeatureColumns } from "@/lib/scheduling/showtime-columns";
import type { ShowtimeFeatureFields } from "@/lib/scheduling/showtime-features";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

/** The cart as the customer sees it: live holds only, priced on the server from database rows. */
export type CartSeat = {
  seatId: string;
  rowLabel: string;
  number: number;
  kind: SeatKind;
  ticketTypeId: string;
  ticketTypeName: string;
  isCarer: boolean;
  priceMinor: number;
  bookingFeeMinor: number;
  heldUntil: Date;
};

export type CartShowtime = ShowtimeFeatureFields & {
  showtimeId: string;
  startsAt: Date;
  timeZone: string;
  currency: string;
  movieTitle: string;
  movieLanguage: string;
  cinemaName: string;
  screenName: string;
  formatName: string;
  noDiscounts: boolean;
  seats: CartSeat[];
  /** Ticket types this customer may switch a seat to here. */
  ticketTypes: Pick<OfferedTicketType, "id" | "name" | "isCarer">[];
  subtotalMinor: number;
  bookingFeeMinor: number;
  totalMinor: number;
  /** The earliest hold to run out in this group. */
  heldUntil: Date;
};

export type Cart = {
  showtimes: CartShowtime[];
  seatCount: number;
  /** Totals per currency (a cart is almost always in one). */
  totals: { currency: string; subtotalMinor: number; bookingFeeMinor: number; totalMinor: number }[];
};

export async function listCart(userId: string): Promise<Cart> {
  const db = await getDb();
  const at = now();
  const rows = await withShowtimeDetails(db
    .select({
      showtimeId: showtimes.id,
      startsAt: showtimes.startsAt,
      basePriceMinor: showtimes.basePriceMinor,
      currency: showtimes.currency,
      noDiscounts: showtimes.noDiscounts,
      ...showtimeFeatureColumns,
      movieTitle: movies.title,
      movieLanguage: movies.language,
      cinemaName: cinemas.name,
      timeZone: cinemas.timeZone,
      screenName: screens.name,
      formatName: formats.name,
      formatSurchargeMinor: formats.surchargeMinor,
      seatId: seats.id,
      rowLabel: seats.rowLabel,
      number: seats.number,
      kind: seats.kind,
      heldUntil: seatClaims.heldUntil,
      ticketTypeId: ticketTypes.id,
      ticketTypeName: ticketTypes.name,
      priceRule: ticketTypes.priceRule,
      amountMinor: ticketTypes.amountMinor,
      percent: ticketTypes.percent,
      isCarer: ticketTypes.isCarer,
    })
    .from(carts)
    .innerJoin(seatClaims, eq(seatClaims.cartId, carts.id))
    .innerJoin(seats, eq(seats.id, seatClaims.seatId))
    .innerJoin(ticketTypes, eq(ticketTypes.id, seatClaims.ticketTypeId))
    .innerJoin(showtimes, eq(showtimes.id, seatClaims.showtimeId))
    .$dynamic())
    .where(and(eq(carts.userId, userId), isLiveClaim(at)))
    .orderBy(asc(showtimes.startsAt), asc(seats.y), asc(seats.x));

  const showtimeIds = [...new Set(rows.map((r) => r.showtimeId))];
  const [context, types] = await Promise.all([loadPriceContext(db, showtimeIds), listActiveTicketTypes(db)]);

  const groups = new Map<string, CartShowtime>();
  for (const row of rows) {
    let group = groups.get(row.showtimeId);
    if (!group) {
      group = {
        showtimeId: row.showtimeId,
        startsAt: row.startsAt,
        timeZone: row.timeZone,
        currency: row.currency,
        movieTitle: row.movieTitle,
        movieLanguage: row.movieLanguage,
        cinemaName: row.cinemaName,
        screenName: row.screenName,
        formatName: row.formatName,
        noDiscounts: row.noDiscounts,
        spokenLanguage: row.spokenLanguage,
        subtitleLanguage: row.subtitleLanguage,
        audioDescription: row.audioDescription,
        openCaptions: row.openCaptions,
        closedCaptions: row.closedCaptions,
        sensoryFriendly: row.sensoryFriendly,
        seats: [],
        ticketTypes: [],
        subtotalMinor: 0,
        bookingFeeMinor: 0,
        totalMinor: 0,
        heldUntil: row.heldUntil ?? at,
      };
      groups.set(row.showtimeId, group);
    }
    const price = priceFor(
      context,
      { id: row.showtimeId, basePriceMinor: row.basePriceMinor, formatSurchargeMinor: row.formatSurchargeMinor },
      { id: row.ticketTypeId, priceRule: row.priceRule, amountMinor: row.amountMinor, percent: row.percent },
      row.kind,
    );
    const heldUntil = row.heldUntil ?? at;
    group.seats.push({
      seatId: row.seatId,
      rowLabel: row.rowLabel,
      number: row.number,
      kind: row.kind,
      ticketTypeId: row.ticketTypeId,
      ticketTypeName: row.ticketTypeName,
      isCarer: row.isCarer,
      ...price,
      heldUntil,
    });
    if (heldUntil < group.heldUntil) group.heldUntil = heldUntil;
  }

  const totals = new Map<string, Cart["totals"][number]>();
  for (const group of groups.values()) {
    Object.assign(group, sumPrices(group.seats));
    // The carer type stays on offer where the customer already declared they need a carer.
    const declaredCarer = group.seats.some((s) => s.isCarer);
    group.ticketTypes = offeredFor(types, group.noDiscounts)
      .filter((t) => !t.isCarer || declaredCarer)
      .map(({ id, name, isCarer }) => ({ id, name, isCarer }));
    const total = totals.get(group.currency) ?? { currency: group.currency, subtotalMinor: 0, bookingFeeMinor: 0, totalMinor: 0 };
    total.subtotalMinor += group.subtotalMinor;
    total.bookingFeeMinor += group.bookingFeeMinor;
    total.totalMinor += group.totalMinor;
    totals.set(group.currency, total);
  }
  return { showtimes: [...groups.values()], seatCount: rows.length, totals: [...totals.values()] };
}

/** The number beside "Cart" in the header. */
export async function countCartSeats(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(carts)
    .innerJoin(seatClaims, eq(seatClaims.cartId, carts.id))
    .where(and(eq(carts.userId, userId), isLiveClaim(now())));
  return row?.n ?? 0;
}
