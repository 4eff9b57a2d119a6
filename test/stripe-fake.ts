import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A stand-in for the few Stripe endpoints Marquee uses, for tests: the app's real Stripe SDK talks to
 * it through STRIPE_API_BASE_URL. It keeps Checkout Sessions and refunds in memory, honours
 * Idempotency-Key like Stripe (same key, same answer), serves a hosted "checkout" page with Pay and
 * Cancel buttons, and posts correctly signed webhooks to the app. Test-only routes under /__fake let a
 * test expire a session, read the refunds made and replay a delivered event.
 */
export type FakeSession = {
  id: string;
  object: "checkout.session";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  expires_at: number;
  success_url: string;
  cancel_url: string;
  url: string | null;
  mode: "payment";
  livemode: false;
};
export type FakeRefund = { id: string; object: "refund"; amount: number; payment_intent: string; status: "succeeded"; currency: string; metadata: Record<string, string> };
export type DeliveredEvent = { id: string; type: string; payload: string; status: number };

export type StripeFake = {
  url: string;
  sessions: Map<string, FakeSession>;
  refunds: FakeRefund[];
  events: DeliveredEvent[];
  /** Ends the session as Stripe does when its time runs out, and tells the app. */
  expire(sessionId: string): Promise<void>;
  close(): Promise<void>;
};

const signer = new Stripe("sk_test_signer");
const randomId = (prefix: string) => `${prefix}_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;

/** Stripe's form encoding (`line_items[0][price_data][currency]=gbp`) as nested objects. */
function parseForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter(Boolean);
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return root;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => resolve(body));
  });

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startStripeFake(options: { port?: number; webhookUrl?: string; webhookSecret?: string } = {}): Promise<StripeFake> {
  const sessions = new Map<string, FakeSession>();
  const refunds: FakeRefund[] = [];
  const events: DeliveredEvent[] = [];
  const answered = new Map<string, { status: number; body: unknown }>();
  /** Sessions whose "completed" webhook is held back, so a test sees the return page before Stripe's news. */
  const webhookDelays = new Map<string, number>();
  let base = "";

  async function deliver(type: string, object: unknown, eventId = randomId("evt")) {
    const payload = JSON.stringify({ id: eventId, object: "event", type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object } });
    let status = 0;
    if (options.webhookUrl && options.webhookSecret) {
      const header = signer.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
      const response = await fetch(options.webhookUrl, { method: "POST", headers: { "Content-Type": "application/json", "Stripe-Signature": header }, body: payload });
      status = response.status;
    }
    events.push({ id: eventId, type, payload, status });
  }

  async function expire(sessionId: string) {
    const session = sessions.get(sessionId);
    if (!session || session.status !== "open") return;
    Object.assign(session, { status: "expired", url: null });
    await deliver("checkout.session.expired", session);
  }

  function createSession(params: Record<string, unknown>): FakeSession {
    const lines = Object.values((params.line_items ?? {}) as Record<string, { quantity: string; price_data: { currency: string; unit_amount: string } }>);
    const id = randomId("cs");
    const session: FakeSession = {
      id,
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      amount_total: lines.reduce((sum, line) => sum + Number(line.price_data.unit_amount) * Number(line.quantity ?? 1), 0),
      currency: lines[0]?.price_data.currency ?? "gbp",
      client_reference_id: (params.client_reference_id as string) ?? null,
      customer_email: (params.customer_email as string) ?? null,
      metadata: (params.metadata as Record<string, string>) ?? {},
      payment_intent: null,
      expires_at: Number(params.expires_at ?? Math.floor(Date.now() / 1000) + 86_400),
      success_url: String(params.success_url),
      cancel_url: String(params.cancel_url),
      url: `${base}/pay/${id}`,
      mode: "payment",
      livemode: false,
    };
    sessions.set(id, session);
    return session;
  }

  function checkoutPage(session: FakeSession) {
    const amount = new Intl.NumberFormat("en-GB", { style: "currency", currency: session.currency.toUpperCase() }).format(session.amount_total / 100);
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test checkout</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#18181b}button{font:inherit;padding:.7rem 1.2rem;border-radius:.5rem;border:1px solid #d4d4d8;margin-right:.5rem}button.pay{background:#4f46e5;color:#fff;border-color:#4f46e5}</style></head>
<body><main><h1>Test checkout</h1><p>A stand-in for Stripe's hosted page: no card is charged.</p>
<p>Pay <strong>${escapeHtml(amount)}</strong> to Marquee${session.customer_email ? ` as ${escapeHtml(session.customer_email)}` : ""}.</p>
<form method="post" action="/pay/${session.id}/complete"><button class="pay" type="submit">Pay ${escapeHtml(amount)}</button></form>
<form method="post" action="/pay/${session.id}/cancel"><button type="submit">Cancel and go back</button></form></main></body></html>`;
  }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", base || "http://localhost");
    const body = await readBody(request);
    const json = (status: number, payload: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(payload));
    };
    const redirect = (location: string) => {
      response.writeHead(303, { Location: location });
      response.end();
    };
    const stripeError = (status: number, message: string) => json(status, { error: { type: "invalid_request_error", message } });
    const { method } = request;
    const path = url.pathname;

    if (method === "GET" && path === "/health") return json(200, { ok: true });

    // The hosted page and its buttons: what the customer's browser sees.
    const page = path.match(/^\/pay\/([\w]+)(?:\/(complete|cancel))?$/);
    if (page) {
      const session = sessions.get(page[1]);
      if (!session) return stripeError(404, "No such checkout session");
      if (method === "GET") {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        return response.end(session.status === "open" ? checkoutPage(session) : `<!doctype html><title>Expired</title><h1>This checkout session has ${session.status === "complete" ? "been paid" : "expired"}.</h1>`);
      }
      if (page[2] === "cancel") return redirect(session.cancel_url);
      if (page[2] === "complete" && session.status === "open") {
        Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: randomId("pi"), url: null });
        const delay = webhookDelays.get(session.id);
        if (delay) setTimeout(() => void deliver("checkout.session.completed", session), delay);
        else await deliver("checkout.session.completed", session);
        return redirect(session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id));
      }
      return stripeError(400, `This session is ${session.status}.`);
    }

    // Test controls.
    if (method === "POST" && path.startsWith("/__fake/sessions/") && path.endsWith("/expire")) {
      await expire(path.split("/")[3]);
      return json(200, sessions.get(path.split("/")[3]) ?? null);
    }
    const delayed = path.match(/^\/__fake\/sessions\/([\w]+)\/delay-webhook$/);
    if (method === "POST" && delayed) {
      webhookDelays.set(delayed[1], Number(url.searchParams.get("ms") ?? 3000));
      return json(200, { ok: true });
    }
    if (method === "GET" && path === "/__fake/refunds") return json(200, refunds);
    if (method === "GET" && path === "/__fake/events") return json(200, events);
    if (method === "GET" && path === "/__fake/sessions") return json(200, [...sessions.values()]);
    const replay = path.match(/^\/__fake\/events\/([\w]+)\/redeliver$/);
    if (method === "POST" && replay) {
      const event = events.find((e) => e.id === replay[1]);
      if (!event) return json(404, { error: "no such event" });
      const parsed = JSON.parse(event.payload) as { type: string; data: { object: unknown } };
      await deliver(parsed.type, parsed.data.object, event.id);
      return json(200, events.at(-1));
    }

    // The API the SDK calls.
    if (!String(request.headers.authorization ?? "").startsWith("Bearer sk_")) return json(401, { error: { type: "invalid_request_error", message: "No API key provided." } });
    const key = request.headers["idempotency-key"];
    const cacheKey = typeof key === "string" && method === "POST" ? `${path}:${key}` : null;
    const remembered = cacheKey ? answered.get(cacheKey) : undefined;
    if (remembered) return json(remembered.status, remembered.body);
    const answer = (status: number, payload: unknown) => {
      if (cacheKey) answered.set(cacheKey, { status, body: payload });
      json(status, payload);
    };
    const params = parseForm(body);

    if (method === "POST" && path === "/v1/checkout/sessions") return answer(200, createSession(params));
    const sessionPath = path.match(/^\/v1\/checkout\/sessions\/([\w]+)(\/expire)?$/);
    if (sessionPath) {
      const session = sessions.get(sessionPath[1]);
      if (!session) return stripeError(404, `No such checkout.session: '${sessionPath[1]}'`);
      if (method === "GET" && !sessionPath[2]) return json(200, session);
      if (method === "POST" && sessionPath[2]) {
        if (session.status !== "open") return stripeError(400, `Only Checkout Sessions with a status in ["open"] can be expired.`);
        await expire(session.id);
        return answer(200, session);
      }
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = String(params.payment_intent ?? "");
      const paid = [...sessions.values()].find((s) => s.payment_intent === intent);
      if (!paid) return stripeError(400, `No such payment_intent: '${intent}'`);
      const already = refunds.filter((r) => r.payment_intent === intent).reduce((sum, r) => sum + r.amount, 0);
      const amount = Number(params.amount ?? paid.amount_total - already);
      if (already + amount > paid.amount_total) return stripeError(400, "Refund amount is greater than the unrefunded amount on the charge.");
      const refund: FakeRefund = { id: randomId("re"), object: "refund", amount, payment_intent: intent, status: "succeeded", currency: paid.currency, metadata: (params.metadata as Record<string, string>) ?? {} };
      refunds.push(refund);
      return answer(200, refund);
    }
    return stripeError(404, `Unrecognized request URL (${method}: ${path}).`);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, sessions, refunds, events, expire, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
