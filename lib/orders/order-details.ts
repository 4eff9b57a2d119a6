import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { cinemas, formats, movies, orders, screens, seats, showtimes, ticketTypes, tickets, users } from "@/db/schema";
import { showtimeFeatureColumns } from "@/lib/scheduling/showtime-columns";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

/**
 * One order with its tickets grouped by showtime: what the order page, the printable tickets, the
 * emails and the admin detail show. Callers choose the filter; customers' reads always add the owner.
 */
const orderColumns = {
  id: orders.id,
  number: orders.number,
  userId: orders.userId,
  status: orders.status,
  paymentStatus: orders.paymentStatus,
  paymentMethod: orders.paymentMethod,
  payBy: orders.payBy,
  paymentExpiresAt: orders.paymentExpiresAt,
  stripePaymentIntentId: orders.stripePaymentIntentId,
  currency: orders.currency,
  subtotalMinor: orders.subtotalMinor,
  bookingFeeMinor: orders.bookingFeeMinor,
  totalMinor: orders.totalMinor,
  refundedMinor: orders.refundedMinor,
  cancelledAt: orders.cancelledAt,
  cancelReason: orders.cancelReason,
  createdAt: orders.createdAt,
  customerEmail: users.email,
  customerName: users.name,
};

const ticketColumns = {
  id: tickets.id,
  code: tickets.code,
  status: tickets.status,
  usedAt: tickets.usedAt,
  cancelledAt: tickets.cancelledAt,
  refundMinor: tickets.refundMinor,
  priceMinor: tickets.priceMinor,
  bookingFeeMinor: tickets.bookingFeeMinor,
  seatId: seats.id,
  rowLabel: seats.rowLabel,
  seatNumber: seats.number,
  seatKind: seats.kind,
  ticketTypeId: ticketTypes.id,
  ticketTypeName: ticketTypes.name,
  showtimeId: showtimes.id,
  startsAt: showtimes.startsAt,
  endsAt: showtimes.endsAt,
  showtimeStatus: showtimes.status,
  ...showtimeFeatureColumns,
  formatName: formats.name,
  movieTitle: movies.title,
  movieSlug: movies.slug,
  movieLanguage: movies.language,
  certificate: movies.certificate,
  screenName: screens.name,
  cinemaName: cinemas.name,
  cinemaAddress: cinemas.address,
  cinemaCity: cinemas.city,
  cinemaPostcode: cinemas.postcode,
  timeZone: cinemas.timeZone,
};

export type OrderTicket = Awaited<ReturnType<typeof loadTickets>>[number];
export type OrderShowtime = Pick<OrderTicket, (typeof showtimeKeys)[number]> & { tickets: OrderTicket[] };

export type OrderDetail = Awaited<ReturnType<typeof loadOrderRow>> & { showtimes: OrderShowtime[] };

async function loadOrderRow(db: Db | Tx, where: SQL | undefined) {
  const [row] = await db.select(orderColumns).from(orders).innerJoin(users, eq(users.id, orders.userId)).where(where);
  return row;
}

async function loadTickets(db: Db | Tx, orderId: string) {
  return withShowtimeDetails(db
    .select(ticketColumns)
    .from(tickets)
    .innerJoin(seats, eq(seats.id, tickets.seatId))
    .innerJoin(ticketTypes, eq(ticketTypes.id, tickets.ticketTypeId))
    .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
    .$dynamic())
    .where(eq(tickets.orderId, orderId))
    .orderBy(asc(showtimes.startsAt), asc(seats.rowLabel), asc(seats.number));
}

const showtimeKeys = [
  "showtimeId",
  "startsAt",
  "endsAt",
  "showtimeStatus",
  "spokenLanguage",
  "subtitleLanguage",
  "audioDescription",
  "openCaptions",
  "closedCaptions",
  "sensoryFriendly",
  "formatName",
  "movieTitle",
  "movieSlug",
  "movieLanguage",
  "certificate",
  "screenName",
  "cinemaName",
  "cinemaAddress",
  "cinemaCity",
  "cinemaPostcode",
  "timeZone",
] as const satisfies readonly (keyof OrderTicket)[];

export function groupByShowtime(ticketRows: OrderTicket[]): OrderShowtime[] {
  const groups = new Map<string, OrderShowtime>();
  for (const ticket of ticketRows) {
    let group = groups.get(ticket.showtimeId);
    if (!group) {
      const showtime = Object.fromEntries(showtimeKeys.map((key) => [key, ticket[key]])) as Omit<OrderShowtime, "tickets">;
      group = { ...showtime, tickets: [] };
      groups.set(ticket.showtimeId, group);
    }
    group.tickets.push(ticket);
  }
  return [...groups.values()];
}

async function withTickets(db: Db | Tx, order: Awaited<ReturnType<typeof loadOrderRow>> | undefined) {
  if (!order) return null;
  return { ...order, showtimes: groupByShowtime(await loadTickets(db, order.id)) } satisfies OrderDetail;
}

/** A customer's own order by its number; another user's number reads as not found. */
export async function loadOrderForUser(db: Db | Tx, userId: string, number: string): Promise<OrderDetail | null> {
  return withTickets(db, await loadOrderRow(db, and(eq(orders.number, number), eq(orders.userId, userId))));
}

export async function loadOrderById(db: Db | Tx, orderId: string): Promise<OrderDetail | null> {
  return withTickets(db, await loadOrderRow(db, eq(orders.id, orderId)));
}

export async function loadOrderByNumber(db: Db | Tx, number: string): Promise<OrderDetail | null> {
  return withTickets(db, await loadOrderRow(db, eq(orders.number, number)));
}
