import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newCustomer, type ApiCustomer } from "./support/accounts";
import { api } from "./support/http";
import { startServer, stopGroup, waitForOk } from "./support/server";
import { localTimeFromNow, newCinemaWithScreen, newShowtime } from "./support/venues";

/**
 * Issue 20 point 7: an instance killed outright (SIGKILL: no drain, no cleanup) in the middle of
 * checkouts leaves each order whole or not there at all, and the next start on the same database is
 * clean. A second instance shares the run's PostgreSQL database with the suite's server, as instances
 * behind a proxy do. On the embedded database's pass there is no second process to run: PGlite lives
 * inside the one server.
 */
const databaseUrl = process.env.DATABASE_URL;
const onPostgres = Boolean(databaseUrl?.startsWith("postgres"));
const port = Number(process.env.API_TEST_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10) + 70;
const killable = `http://localhost:${port}`;
const CUSTOMERS = 7;
const SEATS_EACH = 2;

function startInstance() {
  return startServer("killed instance", port, {
    NODE_ENV: "production",
    // One public address for every instance behind the proxy (access tokens name it as their issuer).
    APP_URL: inject("apiBaseUrl"),
    TRUSTED_PROXY_HOPS: "1",
    RESEND_API_KEY: "re_e2e_recorded_locally",
    RESEND_BASE_URL: inject("resendMockUrl"),
  });
}

async function killGroup(pid: number | undefined) {
  if (pid === undefined) return;
  process.kill(-pid, "SIGKILL");
  // The port is free only once the process is gone.
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the killed instance did not go away");
}

function checkout(customer: ApiCustomer, key: string) {
  return fetch(`${killable}/api/v1/orders`, {
    method: "POST",
    headers: { Authorization: `Bearer ${customer.tokens.access_token}`, "Idempotency-Key": key, "X-Forwarded-For": customer.ip },
  });
}

describe.skipIf(!onPostgres)("an instance killed during checkouts", () => {
  let sql: postgres.Sql;
  let server: ChildProcess;
  beforeAll(() => {
    sql = postgres(databaseUrl ?? "", { max: 2, onnotice: () => {} });
    server = startInstance();
  });
  afterAll(async () => {
    await stopGroup(server);
    await sql.end();
  });

  it("leaves every order whole or absent, and starts clean on the same database", { timeout: 180_000 }, async () => {
    const [{ cinema, screen }, customers] = await Promise.all([
      newCinemaWithScreen(),
      Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => newCustomer(`Killed Checkout ${i + 1}`))),
    ]);
    const showtimeId = await newShowtime(screen, localTimeFromNow(3 * 24 * 60, cinema.timeZone));
    const seats = await sql<{ id: string }[]>`select id from seats where screen_id = ${screen.id} and kind in ('standard', 'premium') order by id`;
    expect(seats.length).toBeGreaterThanOrEqual(CUSTOMERS * SEATS_EACH);
    for (const [i, customer] of customers.entries()) {
      const seatIds = seats.slice(i * SEATS_EACH, (i + 1) * SEATS_EACH).map((s) => s.id);
      const held = await api("/api/v1/cart/items", { body: { showtimeId, seatIds }, token: customer.tokens.access_token, ip: customer.ip });
      expect(held.status, held.text).toBe(201);
    }
    await waitForOk(`${killable}/api/ready`, 120_000, [server]);

    // Every customer checks out at once; the instance dies as the first answer comes back, the rest in flight.
    const keys = customers.map(() => randomUUID());
    const attempts = customers.map((customer, i) => checkout(customer, keys[i]).then((r) => r.status, () => "lost" as const));
    await Promise.race(attempts);
    await killGroup(server.pid);
    const answers = await Promise.all(attempts);
    const confirmedToClient = customers.filter((_, i) => answers[i] === 201);
    // The kill landed in the middle: some checkouts were answered, some were not.
    expect(confirmedToClient.length).toBeGreaterThan(0);
    expect(answers).toContain("lost");

    // Whole or absent: every order of these customers has its tickets, each sold through its seat claim, adding up to its total.
    const ids = customers.map((c) => c.email);
    const orders = await sql<{ id: string; email: string; total_minor: number; tickets: number; sum: number; claims: number }[]>`
      select o.id, u.email, o.total_minor,
             count(t.id)::int as tickets,
             coalesce(sum(t.price_minor + t.booking_fee_minor), 0)::int as sum,
             count(c.ticket_id)::int as claims
      from orders o join users u on u.id = o.user_id
      left join tickets t on t.order_id = o.id
      left join seat_claims c on c.ticket_id = t.id
      where u.email in ${sql(ids)}
      group by o.id, u.email`;
    for (const order of orders) expect(order).toMatchObject({ tickets: SEATS_EACH, sum: order.total_minor, claims: SEATS_EACH });
    for (const customer of confirmedToClient) expect(orders.filter((o) => o.email === customer.email)).toHaveLength(1);

    // The next start is clean, and a retry with the same key finds the order the killed instance made, or makes it now: one each.
    server = startInstance();
    await waitForOk(`${killable}/api/ready`, 120_000, [server]);
    const retried = await Promise.all(customers.map((customer, i) => checkout(customer, keys[i]).then(async (r) => `${r.status}` + (r.status >= 400 ? ` ${await r.text()}` : ""))));
    for (const [i, customer] of customers.entries()) {
      const before = orders.some((o) => o.email === customer.email);
      expect(retried[i], customer.email).toBe(before ? "200" : "201");
    }
    const after = await sql<{ email: string; orders: number; tickets: number }[]>`
      select u.email, count(distinct o.id)::int as orders, count(t.id)::int as tickets
      from users u join orders o on o.user_id = u.id join tickets t on t.order_id = o.id
      where u.email in ${sql(ids)} group by u.email`;
    expect(after).toHaveLength(CUSTOMERS);
    for (const row of after) expect(row).toMatchObject({ orders: 1, tickets: SEATS_EACH });
    const doubleSold = await sql`select seat_id from tickets where showtime_id = ${showtimeId} and status = 'valid' group by seat_id having count(*) > 1`;
    expect(doubleSold).toEqual([]);
    console.info(`killed instance: ${confirmedToClient.length} of ${CUSTOMERS} checkouts answered before the kill, ${orders.length} orders existed after it`);
  });
});
