import { randomUUID } from "node:crypto";
import { generate } from "otplib";

/**
 * The soak's virtual customers and its admin, all through the proxy, as apps and browsers would: the
 * JSON API for sign-in, holds, checkout, changes and cancellations, and the public pages for browsing.
 * Every answer is counted by outcome; 5xx answers and edits not seen everywhere in time are violations.
 */
export type Answer = { status: number; body: Record<string, unknown> };
export type Tally = {
  counts: Map<string, number>;
  violations: string[];
  /** Orders a customer was told were placed (201, or 200 for a repeat): each must exist exactly once. */
  ordersSeen: Set<string>;
  editLatenciesMs: number[];
};

export function newTally(): Tally {
  return { counts: new Map(), violations: [], ordersSeen: new Set(), editLatenciesMs: [] };
}

function count(tally: Tally, what: string) {
  tally.counts.set(what, (tally.counts.get(what) ?? 0) + 1);
}

function caller(base: string, tally: Tally, ip: string) {
  return async function call(method: string, path: string, { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          // The soak stands for many clients behind a CDN: the proxy appends the hop it saw (TRUSTED_PROXY_HOPS=2).
          "X-Forwarded-For": ip,
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      tally.violations.push(`${method} ${path}: no answer (${error instanceof Error ? error.message : String(error)})`);
      return { status: 0, body: {} } satisfies Answer;
    }
    const text = await response.text();
    if (response.status >= 500) tally.violations.push(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text && response.headers.get("content-type")?.includes("json") ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // a page, not JSON
    }
    return { status: response.status, body: parsed } satisfies Answer;
  };
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
const chance = (p: number) => Math.random() < p;

export type Catalogue = { showtimeIds: string[]; moviePaths: string[] };

/** Showtimes bookable for a while yet (well before any change cut-off) and some movie pages to browse. */
export async function readCatalogue(base: string): Promise<Catalogue> {
  const list = (await (await fetch(`${base}/api/v1/showtimes?pageSize=100`)).json()) as { data: { id: string; bookable: boolean; startsAt: string }[] };
  const later = Date.now() + 6 * 3_600_000;
  const showtimeIds = list.data.filter((s) => s.bookable && Date.parse(s.startsAt) > later).map((s) => s.id);
  const movies = (await (await fetch(`${base}/api/v1/movies?pageSize=20`)).json()) as { data: { slug: string }[] };
  if (showtimeIds.length === 0 || movies.data.length === 0) throw new Error("the soak needs seeded showtimes and movies");
  return { showtimeIds: showtimeIds.slice(0, 12), moviePaths: movies.data.map((m) => `/movies/${m.slug}`) };
}

/** One customer until `until`: sign in, browse, hold, sometimes release, check out, change or cancel, sign out. */
export async function customer(base: string, tally: Tally, catalogue: Catalogue, account: { email: string; password: string; ip: string }, until: number) {
  const call = caller(base, tally, account.ip);
  let token: string | null = null;
  while (Date.now() < until) {
    if (!token) {
      const signedIn = await call("POST", "/api/v1/auth/token", { body: { email: account.email, password: account.password } });
      count(tally, `sign-in ${signedIn.status}`);
      if (signedIn.status !== 200) return;
      token = String(signedIn.body.access_token);
    }
    count(tally, `browse ${(await call("GET", chance(0.5) ? "/movies" : pick(catalogue.moviePaths))).status}`);

    const showtimeId = pick(catalogue.showtimeIds);
    const seats = await call("GET", `/api/v1/showtimes/${showtimeId}/seats`);
    const free = ((seats.body.data as { id: string; kind: string; status: string }[] | undefined) ?? []).filter((s) => s.status === "available" && s.kind === "standard");
    if (free.length < 2) continue;
    const wanted = [pick(free).id, pick(free).id].filter((id, i, all) => all.indexOf(id) === i);
    const held = await call("POST", "/api/v1/cart/items", { token, body: { showtimeId, seatIds: wanted } });
    count(tally, `hold ${held.status}`);
    if (held.status !== 201) continue;
    if (wanted.length > 1 && chance(0.2)) {
      count(tally, `release ${(await call("DELETE", `/api/v1/cart/items/${showtimeId}:${wanted[1]}`, { token })).status}`);
    }

    const key = randomUUID();
    let order = await call("POST", "/api/v1/orders", { token, headers: { "Idempotency-Key": key } });
    // A lost answer is retried with the same key, as a careful app does: the same order comes back.
    if (chance(0.1) && order.status === 201) order = await call("POST", "/api/v1/orders", { token, headers: { "Idempotency-Key": key } });
    count(tally, `checkout ${order.status}`);
    if (order.status !== 201 && order.status !== 200) {
      await call("DELETE", "/api/v1/cart", { token });
      continue;
    }
    const orderId = String(order.body.id);
    tally.ordersSeen.add(orderId);
    const tickets = (order.body.items as { id: string }[] | undefined) ?? [];
    if (chance(0.25) && tickets.length > 1) {
      count(tally, `cancel-ticket ${(await call("DELETE", `/api/v1/orders/${orderId}?ticketIds=${tickets[0].id}`, { token })).status}`);
    } else if (chance(0.2)) {
      count(tally, `cancel-order ${(await call("DELETE", `/api/v1/orders/${orderId}`, { token })).status}`);
    }
    if (chance(0.15)) {
      count(tally, `sign-out ${(await call("POST", "/api/v1/auth/logout", { token })).status}`);
      token = null;
    }
  }
}

const DEMO_ADMIN = { email: "admin@marquee.test", password: "marquee-admin-demo", totpSecret: "MARQUEEDEMOADMINTOTPSECRETKEY234" };
export const EDIT_VISIBLE_WITHIN_MS = 5_000;

/**
 * The admin renames a movie and reprices a showtime every few seconds through the proxy; after each
 * rename, every instance (asked directly, not through the proxy) must show the new title within 5 s.
 */
export async function admin(base: string, instances: string[], tally: Tally, catalogue: Catalogue, until: number) {
  const call = caller(base, tally, "10.99.0.1");
  const otp = await generate({ secret: DEMO_ADMIN.totpSecret, epoch: Math.floor(Date.now() / 1000) });
  const signedIn = await call("POST", "/api/v1/auth/token", { body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, otp } });
  if (signedIn.status !== 200) throw new Error(`the demo admin could not sign in: ${signedIn.status} ${JSON.stringify(signedIn.body)}`);
  const token = String(signedIn.body.access_token);
  const movies = (await call("GET", "/api/v1/movies?pageSize=1")).body.data as { id: string; slug: string; title: string }[];
  const movie = movies[0];
  // Seen once on every instance first, so each holds it in its cache: the edit must reach those copies.
  for (const instance of instances) await fetch(`${instance}/movies/${movie.slug}`);
  let edits = 0;
  while (Date.now() < until) {
    const title = `Soak Title ${++edits} ${randomUUID().slice(0, 6)}`;
    const renamed = await call("PATCH", `/api/v1/movies/${movie.id}`, { token, body: { title } });
    count(tally, `admin rename ${renamed.status}`);
    const showtimeId = pick(catalogue.showtimeIds);
    count(tally, `admin reprice ${(await call("PATCH", `/api/v1/showtimes/${showtimeId}`, { token, body: { basePriceMinor: 900 + (edits % 5) * 50 } })).status}`);
    if (renamed.status === 200) {
      const latencies = await Promise.all(instances.map((instance) => untilShown(`${instance}/movies/${movie.slug}`, title)));
      for (const [i, ms] of latencies.entries()) {
        if (ms === null) tally.violations.push(`the rename to "${title}" did not show on ${instances[i]} within ${EDIT_VISIBLE_WITHIN_MS / 1000} s`);
        else tally.editLatenciesMs.push(ms);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
  await call("PATCH", `/api/v1/movies/${movie.id}`, { token, body: { title: movie.title } });
}

async function untilShown(url: string, text: string): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started <= EDIT_VISIBLE_WITHIN_MS) {
    if ((await (await fetch(url)).text()).includes(text)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}
