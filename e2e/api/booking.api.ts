import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { adminToken, newCustomer, signIn, type ApiCustomer } from "./support/accounts";
import { api, bodyOf, type ApiResponse } from "./support/http";
import { expectConforms } from "./support/openapi";
import { localTimeFromNow, newCinemaWithScreen, newShowtime } from "./support/venues";

/**
 * The booking journey over the API: hold seats, change them, check out, change and cancel the order,
 * and the refusals on the way. Each test takes random free seats of a showtime far ahead (the last
 * page of the listing), so test files running in parallel on the same database don't meet.
 */

type Showtime = { id: string; startsAt: string; noDiscounts: boolean };
type Seat = { id: string; kind: string };
type TicketTypeRef = { id: string; name: string; isCarer: boolean };
type CartItem = { id: string; showtimeId: string; seatId: string; ticketType: TicketTypeRef; price: number; bookingFee: number; ticketTypeOptions: TicketTypeRef[] };
type Cart = { items: CartItem[]; total: number; currency: string | null };
type OrderItem = { id: string; status: string; seatId: string; ticketType: { id: string; name: string }; price: number };
type Order = { id: string; number: string; status: string; total: number; items: OrderItem[] };
type Problem = { status: number; detail: string; code?: string; errors?: Record<string, string[]> };

const CUTOFF_MINUTES = 120;

/** Bookable showtimes, soonest first: the first and the last page of the listing. */
async function upcomingShowtimes(): Promise<Showtime[]> {
  const first = bodyOf(await api<{ data: Showtime[]; total: number }>("/api/v1/showtimes?pageSize=100"));
  const lastPage = Math.max(1, Math.ceil(first.total / 100));
  if (lastPage === 1) return first.data;
  const last = bodyOf(await api<{ data: Showtime[] }>(`/api/v1/showtimes?pageSize=100&page=${lastPage}`));
  return [...first.data, ...last.data];
}

/** The free seats of a showtime. */
async function freeSeats(showtimeId: string): Promise<Seat[]> {
  const seats = bodyOf(await api<{ data: { id: string; kind: string; status: string }[] }>(`/api/v1/showtimes/${showtimeId}/seats`));
  return seats.data.filter((s) => s.status === "available");
}

function shuffle<T>(items: T[]): T[] {
  return items
    .map((item) => ({ item, sort: Math.random() }))
    .sort((a, b) => a.sort - b.sort)
    .map(({ item }) => item);
}

/** A showtime (discounts on, well before its cut-off) and `count` random free standard seats of it. */
async function pickSeats(count: number): Promise<{ showtime: Showtime; seats: Seat[] }> {
  const soon = Date.now() + (CUTOFF_MINUTES + 60) * 60_000;
  const candidates = (await upcomingShowtimes()).filter((s) => !s.noDiscounts && Date.parse(s.startsAt) > soon);
  for (const showtime of shuffle(candidates.slice(-30))) {
    const seats = (await freeSeats(showtime.id)).filter((s) => s.kind === "standard");
    if (seats.length >= count) return { showtime, seats: shuffle(seats).slice(0, count) };
  }
  throw new Error("no showtime with enough free seats");
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const itemId = (showtimeId: string, seatId: string) => `${showtimeId}:${seatId}`;

function hold(customer: ApiCustomer, body: unknown) {
  return api<{ items: CartItem[]; expiresAt: string }>("/api/v1/cart/items", { body, token: customer.tokens.access_token, ip: customer.ip });
}

function checkout(customer: ApiCustomer, key: string | null, body?: unknown) {
  return api<Order>("/api/v1/orders", {
    method: "POST",
    body,
    token: customer.tokens.access_token,
    ip: customer.ip,
    headers: key === null ? {} : { "Idempotency-Key": key },
  });
}

/** Asserts the status, validates the answer against the OpenAPI document, and returns its body. */
async function conforms<T = Problem>(operationId: string, response: ApiResponse<unknown>, status: number): Promise<T> {
  expect(response.status, response.text.slice(0, 500)).toBe(status);
  await expectConforms(operationId, response);
  return response.body as T;
}

describe("booking over the API", () => {
  let alice: ApiCustomer;
  let bob: ApiCustomer;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([newCustomer("Alice Booker"), newCustomer("Bob Rival")]);
  });

  it("refuses the cart and orders without a token", async () => {
    await conforms("getCart", await api("/api/v1/cart"), 401);
    await conforms("holdCartItems", await api("/api/v1/cart/items", { body: {} }), 401);
    await conforms("createOrder", await api("/api/v1/orders", { method: "POST" }), 401);
    await conforms("listOrders", await api("/api/v1/orders", { token: "not-a-token" }), 401);
  });

  it("holds, changes and checks out a cart, changes and cancels the order, then logs out", { timeout: 120_000 }, async () => {
    const { showtime, seats } = await pickSeats(3);
    const [s1, s2, s3] = seats;
    const auth = { token: alice.tokens.access_token, ip: alice.ip };

    const held = await conforms<{ items: CartItem[] }>("holdCartItems", await hold(alice, { showtimeId: showtime.id, seatIds: [s1.id, s2.id] }), 201);
    expect(held.items.map((i) => i.id).sort()).toEqual([itemId(showtime.id, s1.id), itemId(showtime.id, s2.id)].sort());
    const standard = held.items[0].ticketType;
    expect(standard.isCarer).toBe(false);

    // Holding a seat again, or one another customer holds: 409, nothing held.
    const again = await conforms("holdCartItems", await hold(alice, { showtimeId: showtime.id, seatIds: [s1.id] }), 409);
    expect(again.code).toBe("already_in_cart");
    const taken = await conforms("holdCartItems", await hold(bob, { showtimeId: showtime.id, seatIds: [s3.id, s2.id] }), 409);
    expect(taken.code).toBe("seats_taken");
    expect(taken.errors?.seats).toHaveLength(1);
    const bobsCart = await conforms<Cart>("getCart", await api("/api/v1/cart", { token: bob.tokens.access_token, ip: bob.ip }), 200);
    expect(bobsCart.items).toEqual([]);

    // Bad input: 422 naming the field.
    const bad = await conforms("holdCartItems", await hold(alice, { showtimeId: showtime.id, seatIds: [], extra: 1 }), 422);
    expect(Object.keys(bad.errors ?? {})).toEqual(expect.arrayContaining(["seatIds", "extra"]));

    let cart = await conforms<Cart>("getCart", await api("/api/v1/cart", auth), 200);
    expect(cart.items).toHaveLength(2);
    expect(cart.total).toBe(cart.items.reduce((sum, i) => sum + i.price + i.bookingFee, 0));

    const item = must(cart.items.find((i) => i.seatId === s1.id), "the first seat in the cart");
    const other = must(item.ticketTypeOptions.find((t) => t.id !== item.ticketType.id && !t.isCarer), "another ticket type");
    const changed = await conforms<CartItem>(
      "changeCartItem",
      await api(`/api/v1/cart/items/${item.id}`, { method: "PATCH", body: { ticketTypeId: other.id }, ...auth }),
      200,
    );
    expect(changed.ticketType.id).toBe(other.id);
    await conforms("changeCartItem", await api(`/api/v1/cart/items/${item.id}`, { method: "PATCH", body: { ticketTypeId: "child" }, ...auth }), 422);
    await conforms("changeCartItem", await api(`/api/v1/cart/items/${itemId(showtime.id, s3.id)}`, { method: "PATCH", body: { ticketTypeId: other.id }, ...auth }), 404);
    await conforms("removeCartItem", await api(`/api/v1/cart/items/not-an-item`, { method: "DELETE", ...auth }), 404);

    // Checkout, idempotent by key.
    await conforms("createOrder", await checkout(alice, "not-a-uuid"), 422);
    cart = await conforms<Cart>("getCart", await api("/api/v1/cart", auth), 200);
    const key = randomUUID();
    const order = await conforms<Order>("createOrder", await checkout(alice, key, { expectedItems: cart.items.map((i) => i.id) }), 201);
    expect(order.status).toBe("confirmed");
    expect(order.items).toHaveLength(2);
    expect(order.total).toBe(cart.total);
    const repeat = await conforms<Order>("createOrder", await checkout(alice, key), 200);
    expect(repeat.id).toBe(order.id);
    expect((await conforms<Cart>("getCart", await api("/api/v1/cart", auth), 200)).items).toEqual([]);
    const empty = await conforms("createOrder", await checkout(alice, randomUUID()), 422);
    expect(empty.detail).toMatch(/empty/);

    // Reading it: the customer's own, an admin's, never another customer's.
    const list = await conforms<{ data: { id: string }[]; total: number }>("listOrders", await api("/api/v1/orders", auth), 200);
    expect(list.data.map((o) => o.id)).toContain(order.id);
    expect((await conforms<Order>("getOrder", await api(`/api/v1/orders/${order.id}`, auth), 200)).number).toBe(order.number);
    const bobAuth = { token: bob.tokens.access_token, ip: bob.ip };
    await conforms("getOrder", await api(`/api/v1/orders/${order.id}`, bobAuth), 404);
    await conforms("getOrder", await api(`/api/v1/orders/${randomUUID()}`, auth), 404);
    await conforms("listOrders", await api("/api/v1/orders?scope=all", bobAuth), 403);
    await conforms("listOrders", await api("/api/v1/orders?pageSize=101", auth), 422);
    const all = await conforms<{ data: { id: string }[] }>("listOrders", await api("/api/v1/orders?scope=all&pageSize=5", { token: adminToken() }), 200);
    expect(all.data.length).toBeLessThanOrEqual(5);
    await conforms("getOrder", await api(`/api/v1/orders/${order.id}`, { token: adminToken() }), 200);

    // Changing a ticket before the cut-off.
    const [t1, t2] = order.items;
    const backTo = t1.ticketType.id === standard.id ? other : standard;
    const typeChange = await conforms<{ priceDelta: number; order: Order }>(
      "changeOrder",
      await api(`/api/v1/orders/${order.id}`, { method: "PATCH", body: { ticketId: t1.id, ticketTypeId: backTo.id }, ...auth }),
      200,
    );
    expect(typeChange.order.items.find((t) => t.id === t1.id)?.ticketType.id).toBe(backTo.id);
    const move = await conforms<{ order: Order }>(
      "changeOrder",
      await api(`/api/v1/orders/${order.id}`, { method: "PATCH", body: { ticketId: t2.id, seatId: s3.id }, ...auth }),
      200,
    );
    expect(move.order.items.find((t) => t.id === t2.id)?.seatId).toBe(s3.id);
    const neither = await conforms("changeOrder", await api(`/api/v1/orders/${order.id}`, { method: "PATCH", body: { ticketId: t2.id }, ...auth }), 422);
    expect(neither.errors?.ticketTypeId).toBeDefined();
    await conforms("changeOrder", await api(`/api/v1/orders/${order.id}`, { method: "PATCH", body: { ticketId: t1.id, ticketTypeId: other.id }, ...bobAuth }), 404);
    await conforms("cancelOrder", await api(`/api/v1/orders/${order.id}`, { method: "DELETE", ...bobAuth }), 404);

    // Cancelling one ticket, then the rest.
    const partial = await conforms<{ refund: number; wholeOrder: boolean; order: Order }>(
      "cancelOrder",
      await api(`/api/v1/orders/${order.id}?ticketIds=${t1.id}`, { method: "DELETE", ...auth }),
      200,
    );
    expect(partial.wholeOrder).toBe(false);
    expect(partial.order.items.find((t) => t.id === t1.id)?.status).toBe("cancelled");
    const whole = await conforms<{ refund: number; wholeOrder: boolean; order: Order }>(
      "cancelOrder",
      await api(`/api/v1/orders/${order.id}`, { method: "DELETE", ...auth }),
      200,
    );
    expect(whole.wholeOrder).toBe(true);
    expect(whole.refund).toBeGreaterThanOrEqual(0);
    expect(whole.order.status).toBe("cancelled");
    await conforms("cancelOrder", await api(`/api/v1/orders/${order.id}`, { method: "DELETE", ...auth }), 422);

    // The journey ends with a logout: the same token is refused from then on. The next tests sign in anew.
    await conforms("logout", await api("/api/v1/auth/logout", { method: "POST", ...auth }), 204);
    await conforms("getOrder", await api(`/api/v1/orders/${order.id}`, auth), 401);
    alice = { ...alice, tokens: await signIn(alice.email, alice.password, alice.ip) };
  });

  it("names the seats lost since the cart was read, and empties the cart", { timeout: 60_000 }, async () => {
    const { showtime, seats } = await pickSeats(2);
    const auth = { token: alice.tokens.access_token, ip: alice.ip };
    const held = await conforms<{ items: CartItem[] }>("holdCartItems", await hold(alice, { showtimeId: showtime.id, seatIds: seats.map((s) => s.id) }), 201);
    const ids = held.items.map((i) => i.id);
    await conforms("removeCartItem", await api(`/api/v1/cart/items/${ids[1]}`, { method: "DELETE", ...auth }), 204);
    const lost = await conforms("createOrder", await checkout(alice, randomUUID(), { expectedItems: ids }), 409);
    expect(lost.code).toBe("seats_lost");
    expect(lost.errors?.lostSeats).toHaveLength(1);
    await conforms("emptyCart", await api("/api/v1/cart", { method: "DELETE", ...auth }), 204);
    expect((await conforms<Cart>("getCart", await api("/api/v1/cart", auth), 200)).items).toEqual([]);
  });

  it("refuses to cancel after the cut-off", { timeout: 90_000 }, async () => {
    // A showtime of the test's own, an hour away: on sale, but inside the 2-hour change cut-off.
    const { cinema, screen } = await newCinemaWithScreen();
    const showtimeId = await newShowtime(screen, localTimeFromNow(60, cinema.timeZone));
    const seat = must((await freeSeats(showtimeId)).find((s) => s.kind === "standard"), "a free standard seat");
    const carol = await newCustomer("Carol Late");
    const auth = { token: carol.tokens.access_token, ip: carol.ip };
    await conforms("holdCartItems", await hold(carol, { showtimeId, seatIds: [seat.id] }), 201);
    const order = await conforms<Order>("createOrder", await checkout(carol, randomUUID()), 201);
    const refused = await conforms("cancelOrder", await api(`/api/v1/orders/${order.id}`, { method: "DELETE", ...auth }), 409);
    expect(refused.code).toBe("past_cutoff");
  });

  it("pays by card on Stripe's page, and cancels an order whose payment is given up", { timeout: 90_000 }, async () => {
    const stripeFake = inject("stripeFakeUrl");
    expect(stripeFake, "card payments need the Stripe stand-in (set API_TEST_STRIPE_URL)").not.toBe("");
    const { showtime, seats } = await pickSeats(2);
    const [paid, abandoned] = seats;
    const erin = await newCustomer("Erin Card");
    const auth = { token: erin.tokens.access_token, ip: erin.ip };
    type CardOrder = Order & { checkoutUrl: string | null; payBy: string | null };

    await conforms("holdCartItems", await hold(erin, { showtimeId: showtime.id, seatIds: [paid.id] }), 201);
    const bogus = await conforms("createOrder", await checkout(erin, randomUUID(), { paymentMethod: "bitcoin" }), 422);
    expect(bogus.errors?.paymentMethod).toBeDefined();
    const key = randomUUID();
    const order = await conforms<CardOrder>("createOrder", await checkout(erin, key, { paymentMethod: "card" }), 201);
    expect(order.status).toBe("pending_payment");
    expect(order.checkoutUrl).toMatch(new RegExp(`^${stripeFake}/pay/cs_`));
    expect(Date.parse(order.payBy ?? "")).toBeGreaterThan(Date.now());
    // A repeat and "pay" both reopen the same page; the seat is sold to the order meanwhile.
    expect((await conforms<CardOrder>("createOrder", await checkout(erin, key, { paymentMethod: "card" }), 200)).checkoutUrl).toBe(order.checkoutUrl);
    const reopened = await conforms<{ checkoutUrl: string }>("payOrder", await api(`/api/v1/orders/${order.id}/payment`, { method: "POST", ...auth }), 200);
    expect(reopened.checkoutUrl).toBe(order.checkoutUrl);
    expect((await freeSeats(showtime.id)).map((s) => s.id)).not.toContain(paid.id);

    // The customer pays on Stripe's page; the order is confirmed by the signed webhook, never by the client.
    const pay = await fetch(`${order.checkoutUrl}/complete`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(303);
    await expect.poll(async () => bodyOf(await api<Order>(`/api/v1/orders/${order.id}`, auth)).status, { timeout: 15_000 }).toBe("confirmed");
    const again = await conforms("payOrder", await api(`/api/v1/orders/${order.id}/payment`, { method: "POST", ...auth }), 422);
    expect(again.detail).toMatch(/already paid/);

    // A second card order, given up: Stripe's session is expired and the seat is free again.
    await conforms("holdCartItems", await hold(erin, { showtimeId: showtime.id, seatIds: [abandoned.id] }), 201);
    const second = await conforms<CardOrder>("createOrder", await checkout(erin, randomUUID(), { paymentMethod: "card" }), 201);
    const partly = await conforms("cancelOrder", await api(`/api/v1/orders/${second.id}?ticketIds=${second.items[0].id}`, { method: "DELETE", ...auth }), 422);
    expect(partly.errors?.ticketIds).toBeDefined();
    const cancelled = await conforms<{ refund: number; order: Order }>("cancelOrder", await api(`/api/v1/orders/${second.id}`, { method: "DELETE", ...auth }), 200);
    expect(cancelled.refund).toBe(0);
    expect(cancelled.order.status).toBe("cancelled");
    expect((await freeSeats(showtime.id)).map((s) => s.id)).toContain(abandoned.id);
    const sessions = (await (await fetch(`${stripeFake}/__fake/sessions`)).json()) as { url: string | null; status: string; client_reference_id: string }[];
    expect(sessions.find((session) => session.client_reference_id === second.id)?.status).toBe("expired");
  });

  it("refuses to reserve without paying where the cinema takes payment online only", { timeout: 90_000 }, async () => {
    const { cinema, screen } = await newCinemaWithScreen();
    const updated = await api(`/api/v1/cinemas/${cinema.id}`, { method: "PATCH", token: adminToken(), body: { payAtCinema: false } });
    expect(updated.status, updated.text).toBe(200);
    const showtimeId = await newShowtime(screen, localTimeFromNow(24 * 60, cinema.timeZone));
    const seat = must((await freeSeats(showtimeId)).find((s) => s.kind === "standard"), "a free standard seat");
    const frank = await newCustomer("Frank Online");
    await conforms("holdCartItems", await hold(frank, { showtimeId, seatIds: [seat.id] }), 201);
    const refused = await conforms("createOrder", await checkout(frank, randomUUID()), 422);
    expect(refused.errors?.paymentMethod?.[0]).toMatch(/online only/);
    expect((await conforms<Order>("createOrder", await checkout(frank, randomUUID(), { paymentMethod: "card" }), 201)).status).toBe("pending_payment");
  });

  it("gives one seat to exactly one of 50 concurrent holds from two customers", { timeout: 90_000 }, async () => {
    const [carol, dave] = await Promise.all([newCustomer("Carol Racer"), newCustomer("Dave Racer")]);
    const { showtime, seats } = await pickSeats(1);
    const body = { showtimeId: showtime.id, seatIds: [seats[0].id] };
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => hold(i % 2 === 0 ? carol : dave, body)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const response of responses) await expectConforms("holdCartItems", response);
  });
});
