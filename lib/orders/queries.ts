import "server-only";
import { and, asc, desc, eq, inArray, max, min, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { carts, cinemas, formats, movies, orders, screens, showtimes, ticketTypes, tickets } from "@/db/schema";
import { sumPrices } from "@/lib/booking/pricing";
import { now } from "@/lib/clock";
import { canMoveInto, freeSeats } from "./changes";
import { claimKey, loadHeldClaims } from "./checkout";
import { loadOrderForUser } from "./order-details";
import { onlinePaymentMethods } from "./payments";
import { canChangeTicket, changeDeadline, describePolicy } from "./policy";
import { loadBookingPolicy, priceRequests } from "./pricing-inputs";
import { seatLabel } from "@/lib/venues/seat-label";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { orderSummaryColumns } from "./order-columns";

/** Reads for the checkout and account order pages; every one filters by the customer. Admin reads: admin-queries.ts. */

export async function getCheckoutSummary(userId: string) {
  const db = await getDb();
  const [cart] = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  const policy = await loadBookingPolicy(db);
  const base = { policy, policyText: describePolicy(policy) };
  const empty = { ...base, items: [], totals: null, currency: null, expectedSeats: [], paymentMethods: [] };
  if (!cart) return empty;
  const held = await loadHeldClaims(db, cart.id, now());
  if (held.length === 0) return empty;
  const paymentMethods = onlinePaymentMethods({ payAtCinemaAllowed: held.every((claim) => claim.payAtCinema) }).map(({ id, label, description }) => ({
    id,
    label,
    description,
  }));
  const prices = await priceRequests(db, held, policy);
  const showtimeIds = [...new Set(held.map((h) => h.showtimeId))];
  const typeIds = [...new Set(held.map((h) => h.ticketTypeId))];
  const [details, types] = await Promise.all([
    withShowtimeDetails(db
      .select({ id: showtimes.id, screenName: screens.name, cinemaName: cinemas.name, formatName: formats.name, endsAt: showtimes.endsAt })
      .from(showtimes)
      .$dynamic())
      .where(inArray(showtimes.id, showtimeIds)),
    db.select({ id: ticketTypes.id, name: ticketTypes.name }).from(ticketTypes).where(inArray(ticketTypes.id, typeIds)),
  ]);
  const detailById = new Map(details.map((d) => [d.id, d]));
  const typeName = new Map(types.map((t) => [t.id, t.name]));
  const items = held.map((claim, i) => ({
    key: claimKey(claim),
    showtimeId: claim.showtimeId,
    movieTitle: claim.movieTitle,
    startsAt: claim.startsAt,
    timeZone: claim.timeZone,
    heldUntil: claim.heldUntil,
    rowLabel: claim.rowLabel,
    seatNumber: claim.seatNumber,
    ticketTypeName: typeName.get(claim.ticketTypeId) ?? "",
    screenName: detailById.get(claim.showtimeId)?.screenName ?? "",
    cinemaName: detailById.get(claim.showtimeId)?.cinemaName ?? "",
    formatName: detailById.get(claim.showtimeId)?.formatName ?? "",
    changeDeadline: changeDeadline(claim.startsAt, policy),
    ...prices[i],
  }));
  return { ...base, items, totals: sumPrices(prices), currency: held[0].currency, expectedSeats: items.map((item) => item.key), paymentMethods };
}

export type CheckoutSummary = Awaited<ReturnType<typeof getCheckoutSummary>>;

/** A customer's orders, newest showtime first, split into upcoming and past by their last showtime. */
export async function listOrdersForUser(userId: string) {
  const db = await getDb();
  const rows = await withShowtimeDetails(db
    .select({
      ...orderSummaryColumns,
      firstStartsAt: min(showtimes.startsAt),
      lastStartsAt: max(showtimes.startsAt),
      ticketCount: sql<number>`count(*)::int`,
      liveTicketCount: sql<number>`count(*) filter (where ${tickets.status} <> 'cancelled')::int`,
      movieTitles: sql<string[]>`array_agg(distinct ${movies.title})`,
      cinemaName: min(cinemas.name),
      timeZone: min(cinemas.timeZone),
    })
    .from(orders)
    .innerJoin(tickets, eq(tickets.orderId, orders.id))
    .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
    .$dynamic())
    .where(eq(orders.userId, userId))
    .groupBy(orders.id)
    .orderBy(desc(min(showtimes.startsAt)));
  const at = now();
  const upcoming = rows.filter((r) => r.lastStartsAt && r.lastStartsAt > at).reverse();
  const past = rows.filter((r) => !r.lastStartsAt || r.lastStartsAt <= at);
  return { upcoming, past };
}

export type OrderListItem = Awaited<ReturnType<typeof listOrdersForUser>>["upcoming"][number];

/** A customer's own order by its number; another user's number reads as not found. */
export async function getOrderForUser(userId: string, number: string) {
  return loadOrderForUser(await getDb(), userId, number);
}

type TicketOptions = {
  decision: ReturnType<typeof canChangeTicket>;
  types: { id: string; name: string; priceMinor: number }[];
  seats: { id: string; label: string; kind: string }[];
};

/**
 * What each live ticket of an order may become: the ticket types it can switch to (with their price)
 * and the seats it can move to; only the policy's decision once the cut-off has passed.
 */
export async function getChangeOptions(order: NonNullable<Awaited<ReturnType<typeof getOrderForUser>>>) {
  const db = await getDb();
  const policy = await loadBookingPolicy(db);
  const at = now();
  const [types, showtimeInfo] = await Promise.all([
    db
      .select({ id: ticketTypes.id, name: ticketTypes.name, isDiscount: ticketTypes.isDiscount })
      .from(ticketTypes)
      .where(and(eq(ticketTypes.active, true), eq(ticketTypes.isCarer, false)))
      .orderBy(asc(ticketTypes.sortOrder)),
    db
      .select({ id: showtimes.id, screenId: showtimes.screenId, noDiscounts: showtimes.noDiscounts })
      .from(showtimes)
      .where(inArray(showtimes.id, order.showtimes.map((s) => s.showtimeId))),
  ]);
  const byTicket: Record<string, TicketOptions> = {};
  const open = order.showtimes.flatMap((showtime) => {
    const decision = canChangeTicket(showtime.startsAt, policy, at);
    const info = showtimeInfo.find((s) => s.id === showtime.showtimeId);
    return showtime.tickets
      .filter((ticket) => ticket.status === "valid" && showtime.showtimeStatus === "scheduled" && info)
      .map((ticket) => {
        byTicket[ticket.id] = { decision, types: [], seats: [] };
        return decision.allowed && info ? { ticket, info, types: types.filter((t) => !(info.noDiscounts && t.isDiscount)) } : null;
      })
      .filter((entry) => entry !== null);
  });
  // One pricing pass and one free-seat read per showtime, whatever the number of tickets.
  const requests = open.flatMap(({ ticket, types: allowed }) =>
    allowed.map((t) => ({ showtimeId: ticket.showtimeId, seatId: ticket.seatId, ticketTypeId: t.id })),
  );
  const prices = await priceRequests(db, requests, policy);
  const seatsByShowtime = new Map(
    await Promise.all(
      [...new Map(open.map((o) => [o.info.id, o.info])).values()].map(
        async (info) => [info.id, await freeSeats(db, info.id, info.screenId)] as const,
      ),
    ),
  );
  let priceIndex = 0;
  for (const { ticket, info, types: allowed } of open) {
    const options = byTicket[ticket.id];
    options.types = allowed.map((t) => ({ id: t.id, name: t.name, priceMinor: prices[priceIndex++].priceMinor }));
    options.seats = (seatsByShowtime.get(info.id) ?? [])
      .filter((s) => canMoveInto(s.kind, ticket.seatKind))
      .map((s) => ({ id: s.id, label: seatLabel(s.rowLabel, s.number), kind: s.kind }));
  }
  return { policy, policyText: describePolicy(policy), byTicket };
}
