import { randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { generate } from "otplib";
import postgres from "postgres";

/**
 * Issue 19 point 4: 400 signed-in customers race for the 200 seats of a new showtime through
 * the JSON API, two per seat, each holding one seat and checking out at once. Then the invariants are
 * checked in SQL, and the claim statement of lib/booking/holds.ts is run directly through postgres.js
 * on a second showtime as the database's own ceiling. Needs PostgreSQL (the server owns a PGlite folder).
 */
/** Two customers per seat; the quick run races a smaller room. */
export type RaceSize = { rows: number; columns: number };
export const FULL_RACE: RaceSize = { rows: 10, columns: 20 };
const DEMO_ADMIN = { email: "admin@marquee.test", password: "marquee-admin-demo", totpSecret: "MARQUEEDEMOADMINTOTPSECRETKEY234" };

type Answer = { status: number; ms: number; body: Record<string, unknown> };

export type ContentionResult = {
  customers: number;
  seats: number;
  holds: { answered: number; held: number; perSecond: number; p99: number };
  orders: { placed: number; perSecond: number; p99: number };
  serverErrors: number;
  violations: string[];
  direct: { claimsPerSecond: number; p99: number };
};

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function pooled<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

function client(base: string) {
  return async function call(path: string, { token, body, ip, headers = {} }: { token?: string; body?: unknown; ip?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(ip ? { "X-Forwarded-For": ip } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

function expectStatus(answer: Answer, status: number, what: string) {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Showtimes on a new screen of a cinema of its own, made by the demo admin through the API. */
async function newShowtimes(call: ReturnType<typeof client>, count: number, { rows, columns }: RaceSize) {
  const otp = await generate({ secret: DEMO_ADMIN.totpSecret, epoch: Math.floor(Date.now() / 1000) });
  const signedIn = expectStatus(await call("/api/v1/auth/token", { body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, otp }, ip: "10.200.0.1" }), 200, "admin sign-in");
  const token = String(signedIn.access_token);
  const cinema = expectStatus(
    await call("/api/v1/cinemas", {
      token,
      body: { name: `Bench ${randomUUID().slice(0, 8)}`, address: "1 Bench Street", city: "Benchford", country: "gb", timeZone: "Europe/London", latitude: 51.5, longitude: -0.1 },
    }),
    201,
    "create cinema",
  );
  const layout = Array.from({ length: rows }, () => "s".repeat(columns)).join("\n");
  const screen = expectStatus(await call(`/api/v1/cinemas/${String(cinema.id)}/screens`, { token, body: { name: "Bench screen", layout } }), 201, "create screen");
  const sample = (expectStatus(await call("/api/v1/showtimes?pageSize=1"), 200, "list showtimes").data as { movieId: string; format: { id: string } }[])[0];
  const ids: string[] = [];
  for (let day = 1; day <= count; day++) {
    const at = new Date(Date.now() + day * 86_400_000);
    const startsAtLocal = `${at.toISOString().slice(0, 10)}T20:00`;
    const created = await call("/api/v1/showtimes", {
      token,
      body: { movieId: sample.movieId, screenId: screen.id, formatId: sample.format.id, startsAtLocal, basePriceMinor: 900, currency: "GBP", spokenLanguage: "en" },
    });
    ids.push(String(expectStatus(created, 201, "create showtime").id));
  }
  return ids;
}

export async function runContention(base: string, databaseUrl: string, size: RaceSize = FULL_RACE): Promise<ContentionResult> {
  const seatCount = size.rows * size.columns;
  const customerCount = 2 * seatCount;
  const call = client(base);
  const sql = postgres(databaseUrl, { max: 10, onnotice: () => {} });
  try {
    const [raced, direct] = await newShowtimes(call, 2, size);
    const seats = (expectStatus(await call(`/api/v1/showtimes/${raced}/seats`), 200, "seats").data as { id: string }[]).map((s) => s.id);

    // Customers are made in SQL (one password hash for all) and signed in through the API, each from its own address.
    const password = randomBytes(18).toString("base64url");
    const passwordHash = await hash(password);
    const run = randomUUID().slice(0, 8);
    const emails = Array.from({ length: customerCount }, (_, i) => `bench-${run}-${i}@example.test`);
    const users = await sql<{ id: string; email: string }[]>`
      insert into users ${sql(emails.map((email, i) => ({ email, name: `Bench customer ${i}`, password_hash: passwordHash, email_verified: new Date() })))}
      returning id, email`;
    const ipOf = (i: number) => `10.201.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    const tokens = await pooled(emails, 8, async (email, i) =>
      String(expectStatus(await call("/api/v1/auth/token", { body: { email, password }, ip: ipOf(i) }), 200, `sign-in of ${email}`).access_token),
    );

    // The race: everyone at once, two customers per seat.
    const holdTimes: number[] = [];
    const orderTimes: number[] = [];
    const placedOrders: string[] = [];
    let held = 0;
    let serverErrors = 0;
    let lastHold = 0;
    let lastOrder = 0;
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token, i) => {
        const hold = await call("/api/v1/cart/items", { token, ip: ipOf(i), body: { showtimeId: raced, seatIds: [seats[i % seatCount]] } });
        holdTimes.push(hold.ms);
        lastHold = performance.now();
        if (hold.status >= 500) serverErrors++;
        if (hold.status !== 201) return;
        held++;
        const order = await call("/api/v1/orders", { token, ip: ipOf(i), body: {}, headers: { "Idempotency-Key": randomUUID() } });
        orderTimes.push(order.ms);
        lastOrder = performance.now();
        if (order.status >= 500) serverErrors++;
        if (order.status === 201) placedOrders.push(String(order.body.id));
      }),
    );

    const violations: string[] = [];
    const [{ sold }] = await sql<{ sold: number }[]>`select count(*)::int as sold from tickets where showtime_id = ${raced}`;
    if (sold !== seatCount) violations.push(`${sold} of ${seatCount} seats sold`);
    const doubles = await sql`select seat_id from tickets where showtime_id = ${raced} group by seat_id having count(*) > 1`;
    if (doubles.length > 0) violations.push(`${doubles.length} seats sold twice`);
    const [{ found }] = await sql<{ found: number }[]>`select count(*)::int as found from orders where id = any(${placedOrders}::uuid[])`;
    if (found !== placedOrders.length || new Set(placedOrders).size !== placedOrders.length) violations.push(`${placedOrders.length} orders confirmed to clients, ${found} in the database`);
    const [{ ticketsOfSeen }] = await sql<{ ticketsOfSeen: number }[]>`select count(*)::int as "ticketsOfSeen" from tickets where order_id = any(${placedOrders}::uuid[])`;
    if (ticketsOfSeen !== sold) violations.push(`${sold} tickets sold, ${ticketsOfSeen} on orders the clients saw`);
    if (serverErrors > 0) violations.push(`${serverErrors} answers 5xx`);

    const directResult = await directCeiling(sql, direct, users.map((u) => u.id));
    return {
      customers: customerCount,
      seats: seatCount,
      holds: { answered: holdTimes.length, held, perSecond: Math.round(holdTimes.length / ((lastHold - started) / 1000)), p99: percentile(holdTimes, 99) },
      orders: { placed: placedOrders.length, perSecond: Math.round(placedOrders.length / ((lastOrder - started) / 1000)), p99: percentile(orderTimes, 99) },
      serverErrors,
      violations,
      direct: directResult,
    };
  } finally {
    await sql.end();
  }
}

/**
 * The claim statement of lib/booking/holds.ts (insert … on conflict do update … where the old hold
 * expired or is this cart's), one per customer for one seat of the second showtime, two per seat,
 * through a pool as large as the app's: what the database can do with no server in front.
 */
async function directCeiling(sql: postgres.Sql, showtimeId: string, userIds: string[]) {
  const seats = await sql<{ id: string }[]>`select s.id from seats s join showtimes t on t.screen_id = s.screen_id where t.id = ${showtimeId} order by s.y, s.x`;
  const [ticketType] = await sql<{ id: string }[]>`select id from ticket_types order by sort_order limit 1`;
  const carts = await sql<{ id: string }[]>`
    insert into carts ${sql(userIds.map((user_id) => ({ user_id })))}
    on conflict (user_id) do update set updated_at = now() returning id`;
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    carts.map(async (cart, i) => {
      const begun = performance.now();
      await sql`
        insert into seat_claims (showtime_id, seat_id, cart_id, held_until, ticket_type_id, wheelchair_declared)
        values (${showtimeId}, ${seats[i % seats.length].id}, ${cart.id}, now() + interval '10 minutes', ${ticketType.id}, false)
        on conflict (showtime_id, seat_id) do update set cart_id = excluded.cart_id, held_until = excluded.held_until
        where (seat_claims.ticket_id is null and seat_claims.held_until <= now()) or seat_claims.cart_id = excluded.cart_id
        returning seat_id`;
      times.push(performance.now() - begun);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await sql`delete from seat_claims where showtime_id = ${showtimeId}`;
  return { claimsPerSecond: Math.round(carts.length / seconds), p99: percentile(times, 99) };
}
