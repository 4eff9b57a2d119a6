import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf, type Rows } from "../../lib/postgres/rows";
import { connectPglite, type Connection } from "../client";
import { migrate } from "../migrate";
import { seedDemoData } from "./index";
import { scaleDemoData } from "./scale";

let connection: Connection;

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf((await connection.db.execute(query)) as unknown as Rows<T>)[0];
}

type Sizes = { movies: number; cinemas: number; seats: number; upcoming: number; past: number };
const sizes = () =>
  one<Sizes>(sql`select (select count(*)::int from movies) as movies, (select count(*)::int from cinemas) as cinemas,
    (select count(*)::int from seats) as seats, (select count(*)::int from showtimes where starts_at > now()) as upcoming,
    (select count(*)::int from showtimes where ends_at < now()) as past`);

let before: Sizes;
let after: Sizes;

// Scaling uses the database's clock (now()), so the demo data is seeded at the real time too.
beforeAll(async () => {
  connection = await connectPglite("memory://");
  await migrate(connection.db, "pglite");
  await seedDemoData(connection.db);
  before = await sizes();
  await scaleDemoData(connection.db, { factor: 2, pastTickets: 5000 });
  after = await sizes();
}, 120_000);

afterAll(async () => {
  await connection?.close();
});

describe("scaleDemoData", () => {
  it("doubles the films, the cinemas with their seats, and the coming programme", () => {
    expect(after.movies).toBe(before.movies * 2);
    expect(after.cinemas).toBe(before.cinemas * 2);
    expect(after.seats).toBe(before.seats * 2);
    expect(after.upcoming).toBe(before.upcoming * 2);
    expect(after.past).toBeGreaterThan(before.upcoming);
  });

  it("sells past showtimes only, each seat once, two tickets to an order whose total adds up", async () => {
    const sales = await one<{ tickets: number; future: number; doubleSold: number; unclaimed: number; badTotals: number; biggestOrder: number }>(sql`select
      (select count(*)::int from tickets) as tickets,
      (select count(*)::int from tickets t join showtimes s on s.id = t.showtime_id where s.ends_at >= now()) as future,
      (select count(*)::int from (select 1 from tickets group by showtime_id, seat_id having count(*) > 1) d) as "doubleSold",
      (select count(*)::int from tickets t where not exists (select 1 from seat_claims c where c.ticket_id = t.id)) as unclaimed,
      (select count(*)::int from orders o where o.total_minor <> (select sum(price_minor) from tickets where order_id = o.id)) as "badTotals",
      (select max(n)::int from (select count(*) as n from tickets group by order_id) o) as "biggestOrder"`);
    expect(sales.tickets).toBeGreaterThanOrEqual(5000);
    expect(sales).toMatchObject({ future: 0, doubleSold: 0, unclaimed: 0, badTotals: 0, biggestOrder: 2 });
  });

  it("refuses a factor below 2", async () => {
    await expect(scaleDemoData(connection.db, { factor: 1 })).rejects.toThrow("--scale takes a whole number from 2");
  });
});
