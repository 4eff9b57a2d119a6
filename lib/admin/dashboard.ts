import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { cinemas, movies, orderChanges, orders, paymentRefunds, screens, seats, showtimes, tickets } from "@/db/schema";
import { now } from "@/lib/clock";
import { rowsOf, type Rows } from "@/lib/postgres/rows";

/**
 * The dashboard's numbers, each one aggregate query in SQL. "Today" and the daily buckets use the
 * chain's home zone; each cinema's showtimes are still shown in its own zone.
 */
export const DASHBOARD_TIME_ZONE = "Europe/London";


export type SalesTotals = {
  currency: string;
  ticketsToday: number;
  revenueToday: number;
  tickets30: number;
  revenue30: number;
  /** Of the 30 days' tickets: paid (online or at the box office) and reserved to pay at the cinema. */
  paidTickets30: number;
  paidRevenue30: number;
  unpaidTickets30: number;
  unpaidRevenue30: number;
  /** Given back in the 30 days: card refunds sent or on their way, and refunds recorded by hand. */
  refunded30: number;
};

export async function getDashboard() {
  const db = await getDb();
  const at = now().toISOString();
  const zone = DASHBOARD_TIME_ZONE;
  const todayStart = sql`(date_trunc('day', ${at}::timestamptz at time zone ${zone}) at time zone ${zone})`;
  const days30Start = sql`(${todayStart} - interval '29 days')`;
  // Sold: not cancelled, and not on a card order still waiting for its payment.
  const live = sql`${tickets.status} <> 'cancelled' and not exists (select 1 from ${orders} o where o.id = ${tickets.orderId} and o.status = 'pending_payment')`;
  // A refund due is for other tickets of the order: the live ones were paid for.
  const paid = sql`${orders.paymentStatus} in ('paid', 'refund_due')`;

  const [totals, refunds, daily, topMovies, upcoming, soldOut] = await Promise.all([
    db.execute(sql`
      select ${showtimes.currency} as currency,
        count(*) filter (where ${tickets.createdAt} >= ${todayStart})::int as "ticketsToday",
        coalesce(sum(${tickets.priceMinor} + ${tickets.bookingFeeMinor}) filter (where ${tickets.createdAt} >= ${todayStart}), 0)::int as "revenueToday",
        count(*)::int as "tickets30",
        coalesce(sum(${tickets.priceMinor} + ${tickets.bookingFeeMinor}), 0)::int as "revenue30",
        count(*) filter (where ${paid})::int as "paidTickets30",
        coalesce(sum(${tickets.priceMinor} + ${tickets.bookingFeeMinor}) filter (where ${paid}), 0)::int as "paidRevenue30",
        count(*) filter (where not ${paid})::int as "unpaidTickets30",
        coalesce(sum(${tickets.priceMinor} + ${tickets.bookingFeeMinor}) filter (where not ${paid}), 0)::int as "unpaidRevenue30"
      from ${tickets} join ${showtimes} on ${showtimes.id} = ${tickets.showtimeId} join ${orders} on ${orders.id} = ${tickets.orderId}
      where ${live} and ${tickets.createdAt} >= ${days30Start}
      group by ${showtimes.currency} order by "tickets30" desc`),
    db.execute(sql`
      select ${orders.currency} as currency, coalesce(sum(r.amount), 0)::int as "refunded30"
      from (
        select ${paymentRefunds.orderId} as order_id, ${paymentRefunds.amountMinor} as amount, ${paymentRefunds.createdAt} as at
          from ${paymentRefunds} where ${paymentRefunds.status} <> 'failed'
        union all
        select ${orderChanges.orderId}, (${orderChanges.details} ->> 'refundedMinor')::int, ${orderChanges.createdAt}
          from ${orderChanges} where ${orderChanges.kind} = 'refund_marked'
      ) r join ${orders} on ${orders.id} = r.order_id
      where r.at >= ${days30Start}
      group by ${orders.currency}`),
    db.execute(sql`
      select to_char(d, 'YYYY-MM-DD') as day,
        (select count(*)::int from ${tickets}
          where ${live} and ${tickets.createdAt} >= (d at time zone ${zone}) and ${tickets.createdAt} < ((d + interval '1 day') at time zone ${zone})) as tickets
      from generate_series((${at}::timestamptz at time zone ${zone})::date - 29, (${at}::timestamptz at time zone ${zone})::date, interval '1 day') as d
      order by d`),
    db.execute(sql`
      select ${movies.id} as id, ${movies.title} as title, count(*)::int as tickets
      from ${tickets} join ${showtimes} on ${showtimes.id} = ${tickets.showtimeId} join ${movies} on ${movies.id} = ${showtimes.movieId}
      where ${live} and ${tickets.createdAt} >= ${days30Start}
      group by ${movies.id}, ${movies.title} order by tickets desc, title limit 5`),
    db.execute(sql`
      select s.id, s.starts_at as "startsAt", m.title, c.name as cinema, c.time_zone as "timeZone", sc.name as screen,
        (select count(*)::int from ${tickets} t where t.showtime_id = s.id and t.status <> 'cancelled') as sold,
        (select count(*)::int from ${seats} se where se.screen_id = s.screen_id) as capacity
      from ${showtimes} s join ${movies} m on m.id = s.movie_id join ${screens} sc on sc.id = s.screen_id join ${cinemas} c on c.id = sc.cinema_id
      where s.status = 'scheduled' and s.starts_at > ${at}::timestamptz
      order by s.starts_at limit 12`),
    db.execute(sql`
      select s.id, s.starts_at as "startsAt", m.title, c.name as cinema, c.time_zone as "timeZone"
      from ${showtimes} s join ${movies} m on m.id = s.movie_id join ${screens} sc on sc.id = s.screen_id join ${cinemas} c on c.id = sc.cinema_id
      where s.status = 'scheduled' and s.starts_at > ${at}::timestamptz
        and (select count(*) from ${tickets} t where t.showtime_id = s.id and t.status <> 'cancelled')
          >= (select count(*) from ${seats} se where se.screen_id = s.screen_id)
      order by s.starts_at limit 10`),
  ]);
  const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
  return {
    totals: withRefunds(rowsOf(totals as Rows<Omit<SalesTotals, "refunded30">>), rowsOf(refunds as Rows<{ currency: string; refunded30: number }>)),
    daily: rowsOf(daily as Rows<{ day: string; tickets: number }>),
    topMovies: rowsOf(topMovies as Rows<{ id: string; title: string; tickets: number }>),
    upcoming: rowsOf(upcoming as Rows<{ id: string; startsAt: unknown; title: string; cinema: string; timeZone: string; screen: string; sold: number; capacity: number }>).map(
      (r) => ({ ...r, startsAt: toDate(r.startsAt) }),
    ),
    soldOut: rowsOf(soldOut as Rows<{ id: string; startsAt: unknown; title: string; cinema: string; timeZone: string }>).map((r) => ({ ...r, startsAt: toDate(r.startsAt) })),
  };
}

const NO_SALES = { ticketsToday: 0, revenueToday: 0, tickets30: 0, revenue30: 0, paidTickets30: 0, paidRevenue30: 0, unpaidTickets30: 0, unpaidRevenue30: 0 };

/** Refunds per currency joined to sales per currency; a currency with refunds and no sales still shows. */
function withRefunds(sales: Omit<SalesTotals, "refunded30">[], refunds: { currency: string; refunded30: number }[]): SalesTotals[] {
  const refunded = new Map(refunds.map((r) => [r.currency, r.refunded30]));
  const rows = sales.map((row) => ({ ...row, refunded30: refunded.get(row.currency) ?? 0 }));
  for (const r of refunds) if (!sales.some((row) => row.currency === r.currency)) rows.push({ currency: r.currency, ...NO_SALES, refunded30: r.refunded30 });
  return rows;
}
