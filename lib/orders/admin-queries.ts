import "server-only";
import { and, asc, desc, eq, ilike, inArray, min, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { cinemas, movies, orderChanges, orders, showtimes, tickets, users } from "@/db/schema";
import { containsPattern } from "@/lib/postgres/like";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { orderSummaryColumns } from "./order-columns";
import { loadOrderByNumber } from "./order-details";
import type { AdminOrderSearch } from "./schemas";
import { localDateOf } from "@/lib/time/local-date";

/** Reads for the admin order pages, over every customer's orders (the pages check the admin role). */

/** Any order by its number. */
export async function getOrderForAdmin(number: string) {
  return loadOrderByNumber(await getDb(), number);
}

export const ADMIN_PAGE_SIZE = 25;

/** Admin search over every order; filters combine, all values bound as parameters. */
export async function searchOrders(filters: AdminOrderSearch, { pageSize = ADMIN_PAGE_SIZE }: { pageSize?: number } = {}) {
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [
    filters.number ? ilike(orders.number, containsPattern(filters.number)) : undefined,
    filters.email ? ilike(users.email, containsPattern(filters.email)) : undefined,
    filters.status ? eq(orders.status, filters.status) : undefined,
    filters.payment ? eq(orders.paymentStatus, filters.payment) : undefined,
  ];
  if (filters.movie || filters.showtime || filters.date) {
    const ticketConditions: (SQL | undefined)[] = [
      filters.movie ? ilike(movies.title, containsPattern(filters.movie)) : undefined,
      filters.showtime ? eq(showtimes.id, filters.showtime) : undefined,
      // The showtime's calendar date in its cinema's own zone.
      filters.date ? sql`${localDateOf(showtimes.startsAt, cinemas.timeZone)} = ${filters.date}::date` : undefined,
    ];
    const matching = withShowtimeDetails(db
      .select({ orderId: tickets.orderId })
      .from(tickets)
      .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
      .$dynamic())
      .where(and(...ticketConditions));
    conditions.push(inArray(orders.id, matching));
  }
  const where = and(...conditions);
  // Every order has its user (a foreign key), so users is joined only to filter by email: without it,
  // counting is one scan of orders, and a page's ids come from orders_created_at_id_idx alone however
  // deep the page; only those 25 rows are then read in full (ADR 015, point 5).
  const matching = <T extends PgSelect>(query: T) => (filters.email ? query.innerJoin(users, eq(users.id, orders.userId)) : query).where(where);
  const pageIds = matching(db.select({ id: orders.id }).from(orders).$dynamic())
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(pageSize)
    .offset((filters.page - 1) * pageSize);
  const [rows, [{ count }]] = await Promise.all([
    db
      .select({
        ...orderSummaryColumns,
        email: users.email,
        name: users.name,
      })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.userId))
      .where(inArray(orders.id, pageIds))
      .orderBy(desc(orders.createdAt), desc(orders.id)),
    matching(db.select({ count: sql<number>`count(*)::int` }).from(orders).$dynamic()),
  ]);
  const ids = rows.map((r) => r.id);
  const summaries = ids.length
    ? await withShowtimeDetails(db
        .select({
          orderId: tickets.orderId,
          firstStartsAt: min(showtimes.startsAt),
          movieTitles: sql<string[]>`array_agg(distinct ${movies.title})`,
          ticketCount: sql<number>`count(*)::int`,
          timeZone: min(cinemas.timeZone),
        })
        .from(tickets)
        .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
        .$dynamic())
        .where(inArray(tickets.orderId, ids))
        .groupBy(tickets.orderId)
    : [];
  const summaryById = new Map(summaries.map((s) => [s.orderId, s]));
  return {
    rows: rows.map((r) => ({ ...r, summary: summaryById.get(r.id) ?? null })),
    total: count,
    pageCount: Math.max(1, Math.ceil(count / pageSize)),
  };
}

export async function getOrderHistory(orderId: string) {
  const db = await getDb();
  return db
    .select({
      id: orderChanges.id,
      kind: orderChanges.kind,
      priceDeltaMinor: orderChanges.priceDeltaMinor,
      reason: orderChanges.reason,
      details: orderChanges.details,
      createdAt: orderChanges.createdAt,
      actorEmail: users.email,
    })
    .from(orderChanges)
    .leftJoin(users, eq(users.id, orderChanges.actorUserId))
    .where(eq(orderChanges.orderId, orderId))
    .orderBy(asc(orderChanges.id));
}
