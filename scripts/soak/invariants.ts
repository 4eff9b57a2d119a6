import type postgres from "postgres";

/**
 * What must hold in the database after the soak, however the requests interleaved across instances.
 * Each check returns the offending rows, described; none is a pass.
 */
export async function checkInvariants(sql: postgres.Sql, ordersSeen: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const report = (what: string, rows: readonly unknown[]) => {
    if (rows.length > 0) problems.push(`${what}: ${rows.length} (e.g. ${JSON.stringify(rows.slice(0, 3))})`);
  };

  report(
    "seats sold twice",
    await sql`select showtime_id, seat_id, count(*)::int from tickets where status = 'valid' group by 1, 2 having count(*) > 1`,
  );
  report(
    "live holds on sold seats",
    await sql`select c.showtime_id, c.seat_id from seat_claims c
              join tickets t on t.showtime_id = c.showtime_id and t.seat_id = c.seat_id and t.status = 'valid'
              where c.cart_id is not null and c.held_until > now()`,
  );
  report(
    "cancelled tickets still holding their seat",
    await sql`select t.id from tickets t join seat_claims c on c.ticket_id = t.id where t.status = 'cancelled'`,
  );
  report(
    "valid tickets without their seat",
    await sql`select t.id from tickets t left join seat_claims c on c.ticket_id = t.id where t.status = 'valid' and c.ticket_id is null`,
  );
  const seen = [...ordersSeen];
  const found = seen.length === 0 ? [] : await sql<{ id: string }[]>`select id from orders where id in ${sql(seen)}`;
  report(
    "orders a customer was told about that do not exist",
    seen.filter((id) => !found.some((row) => row.id === id)),
  );
  report(
    "orders whose tickets do not add up to their total",
    await sql`select o.id, o.total_minor, sum(t.price_minor + t.booking_fee_minor)::int as tickets
              from orders o join tickets t on t.order_id = o.id
              group by o.id having o.total_minor <> sum(t.price_minor + t.booking_fee_minor)
                 or o.total_minor <> o.subtotal_minor + o.booking_fee_minor`,
  );
  report("orders without tickets", await sql`select o.id from orders o where not exists (select 1 from tickets t where t.order_id = o.id)`);
  return problems;
}
