import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { cinemas, emails, orderChanges, orders, paymentEvents, paymentRefunds, seatClaims, tickets } from "@/db/schema";
import { ConflictError, InvalidError } from "@/lib/errors";
import { holdSeats } from "@/lib/booking/holds";
import { testDb, unique } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { startStripeFake, type FakeSession, type StripeFake } from "@/test/stripe-fake";
import { cancelShowtime } from "@/lib/scheduling/cancellation";
import { checkoutCart } from "../checkout";
import { cancelOwnTickets } from "../changes";
import { cardPayment } from "./card";
import { payAtCinema } from "./pay-at-cinema";
import { abandonCardPayment, cardCheckoutUrl } from "./card-checkout";
import { applyStripeEvent } from "./card-events";
import { reconcileCardPayments } from "./reconcile";
import { sendDueRefunds } from "./refunds";

/**
 * Card payments against the real Stripe SDK talking to a local stand-in (test/stripe-fake.ts): the
 * lifecycle of a card order, webhook idempotency, events out of order, and refunds made once.
 */
const FAKE_PORT = 41_000 + (process.pid % 2_000);
vi.hoisted(() => {
  process.env.STRIPE_SECRET_KEY = "sk_test_vitest";
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_vitest";
  process.env.STRIPE_API_BASE_URL = `http://127.0.0.1:${41_000 + (process.pid % 2_000)}`;
});

let db: Db;
let fake: StripeFake;
beforeAll(async () => {
  db = await testDb();
  // No webhook URL: these tests hand Stripe's events to applyStripeEvent themselves, in the order they choose.
  fake = await startStripeFake({ port: FAKE_PORT });
});
afterAll(() => fake.close());
afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

/** A card order of two seats, with its Checkout Session opened at the stand-in. */
async function cardOrder() {
  const fixture = await createShowtimeFixture(db, { startsAt: new Date(Date.now() + 3 * 86_400_000) });
  const user = await createUserFixture(db);
  const adult = await ticketTypeByCode(db, "adult");
  const seatIds = fixture.seats.slice(0, 2).map((s) => s.id);
  await putInCart(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds, ticketTypeId: adult.id });
  const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), paymentMethod: cardPayment });
  const url = await cardCheckoutUrl(db, { userId: user.id, orderNumber: placed.number });
  const [row] = await db.select().from(orders).where(eq(orders.id, placed.id));
  const session = fake.sessions.get(row.stripeCheckoutSessionId ?? "");
  if (!session) throw new Error("checkout made no session at the stand-in");
  return { fixture, user, adult, seatIds, placed, url, session };
}

let eventCount = 0;
function eventOf(type: string, session: object): Stripe.Event {
  return { id: `evt_vitest_${++eventCount}_${unique("e")}`, object: "event", type, data: { object: structuredClone(session) } } as unknown as Stripe.Event;
}

/** What the stand-in's Pay button does, without the webhook: the session is paid at "Stripe". */
function payAtStripe(session: FakeSession) {
  Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: `pi_${unique("pi")}`, url: null });
}

const orderRow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0];
const liveTickets = async (orderId: string) => db.select().from(tickets).where(and(eq(tickets.orderId, orderId), eq(tickets.status, "valid")));

describe("a card order", () => {
  it("is pending with its seats sold to it, no tickets emailed, and a Checkout Session for the server's price", async () => {
    const { placed, session, user, url } = await cardOrder();
    const order = await orderRow(placed.id);
    expect(order).toMatchObject({ status: "pending_payment", paymentStatus: "unpaid", paymentMethod: "card" });
    expect(url).toBe(session.url);
    expect(session).toMatchObject({ amount_total: order.totalMinor, currency: order.currency.toLowerCase(), client_reference_id: order.id });
    expect(await liveTickets(placed.id)).toHaveLength(2);
    expect(await db.select().from(emails).where(eq(emails.to, user.email))).toEqual([]);
    // Asking again (a double click, "Pay now") reopens the same session.
    expect(await cardCheckoutUrl(db, { userId: user.id, orderNumber: placed.number })).toBe(url);
    expect([...fake.sessions.values()].filter((s) => s.client_reference_id === order.id)).toHaveLength(1);
  });

  it("applies a completed-session event once, however often it is delivered, and emails the tickets once", async () => {
    const { placed, session, user } = await cardOrder();
    payAtStripe(session);
    const event = eventOf("checkout.session.completed", session);
    const results = await Promise.all([applyStripeEvent(db, event), applyStripeEvent(db, event)]);
    expect(results.sort()).toEqual(["applied", "duplicate"]);
    expect(await applyStripeEvent(db, event)).toBe("duplicate");
    expect(await orderRow(placed.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid", stripePaymentIntentId: session.payment_intent });
    const received = await db.select().from(orderChanges).where(and(eq(orderChanges.orderId, placed.id), eq(orderChanges.kind, "payment_received")));
    expect(received).toHaveLength(1);
    const mails = await db.select().from(emails).where(and(eq(emails.to, user.email), eq(emails.template, "order-confirmation")));
    expect(mails).toHaveLength(1);
    expect(await db.select().from(paymentEvents).where(eq(paymentEvents.eventId, event.id))).toMatchObject([{ orderId: placed.id }]);
  });

  it("keeps its seats after the cart hold would have run out, and a payment then still confirms it", async () => {
    const { placed, session, fixture, seatIds, adult } = await cardOrder();
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(25 * 60_000);
    const other = await createUserFixture(db);
    await expect(
      holdSeats({ userId: other.id, showtimeId: fixture.showtime.id, seats: [{ seatId: seatIds[0], ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false }),
    ).rejects.toBeInstanceOf(ConflictError);
    payAtStripe(session);
    await applyStripeEvent(db, eventOf("checkout.session.completed", session));
    expect(await orderRow(placed.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid" });
    expect(await liveTickets(placed.id)).toHaveLength(2);
  });

  it("is cancelled with its seats back on sale when the session expires, and a late 'completed' is refunded in full", async () => {
    const { placed, session, fixture } = await cardOrder();
    const expired = eventOf("checkout.session.expired", { ...session, status: "expired" });
    await applyStripeEvent(db, expired);
    expect(await orderRow(placed.id)).toMatchObject({ status: "cancelled", paymentStatus: "unpaid" });
    expect(await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, fixture.showtime.id))).toEqual([]);

    // Out of order: the payment is reported after the expiry. The seats may be gone, so the money goes back.
    payAtStripe(session);
    await applyStripeEvent(db, eventOf("checkout.session.completed", session));
    const order = await orderRow(placed.id);
    expect(order).toMatchObject({ status: "cancelled", paymentStatus: "refunded", refundedMinor: order.totalMinor });
    expect(fake.refunds.filter((r) => r.payment_intent === session.payment_intent).map((r) => r.amount)).toEqual([order.totalMinor]);
  });

  it("stays paid when an expiry arrives after the payment", async () => {
    const { placed, session } = await cardOrder();
    payAtStripe(session);
    await applyStripeEvent(db, eventOf("checkout.session.completed", session));
    await applyStripeEvent(db, eventOf("checkout.session.expired", { ...session, status: "expired" }));
    expect(await orderRow(placed.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid" });
    expect(await liveTickets(placed.id)).toHaveLength(2);
  });

  it("cannot be changed while it waits, and giving up expires the session and releases the seats", async () => {
    const { placed, session, user } = await cardOrder();
    await expect(cancelOwnTickets(db, { userId: user.id, orderNumber: placed.number }, {})).rejects.toBeInstanceOf(InvalidError);
    await abandonCardPayment(db, { userId: user.id, orderNumber: placed.number });
    expect(session.status).toBe("expired");
    expect(await orderRow(placed.id)).toMatchObject({ status: "cancelled" });
    expect(await liveTickets(placed.id)).toEqual([]);
  });
});

describe("where a cinema takes payment online only", () => {
  it("refuses pay-at-cinema at checkout, on the form's payment field, and takes a card order", async () => {
    const fixture = await createShowtimeFixture(db, { startsAt: new Date(Date.now() + 3 * 86_400_000) });
    await db.update(cinemas).set({ payAtCinema: false }).where(eq(cinemas.id, fixture.cinema.id));
    const user = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const refused = checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), paymentMethod: payAtCinema });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { paymentMethod: ["This cinema takes payment online only. Choose Pay by card."] } });
    const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), paymentMethod: cardPayment });
    expect(placed.status).toBe("pending_payment");
  });
});

describe("reconciliation", () => {
  it("asks Stripe about orders past their payment window: paid ones are confirmed, open ones expired and released", async () => {
    const paid = await cardOrder();
    const open = await cardOrder();
    payAtStripe(paid.session); // its webhook never arrived
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(40 * 60_000);
    const done = await reconcileCardPayments(db);
    const outcomeOf = (orderId: string) => done.find((d) => d.orderId === orderId)?.outcome;
    expect(outcomeOf(paid.placed.id)).toBe("paid");
    expect(outcomeOf(open.placed.id)).toBe("released");
    expect(open.session.status).toBe("expired");
    expect(await orderRow(paid.placed.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid" });
    expect(await orderRow(open.placed.id)).toMatchObject({ status: "cancelled" });
  });
});

describe("card refunds", () => {
  it("refunds a cancelled ticket once: two cancellations at once and two senders make one Stripe refund", async () => {
    const { placed, session, user } = await cardOrder();
    payAtStripe(session);
    await applyStripeEvent(db, eventOf("checkout.session.completed", session));
    const [ticket] = await liveTickets(placed.id);
    const actor = { userId: user.id, orderNumber: placed.number };
    const attempts = await Promise.allSettled([cancelOwnTickets(db, actor, { ticketIds: [ticket.id] }), cancelOwnTickets(db, actor, { ticketIds: [ticket.id] })]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const owed = await db.select().from(paymentRefunds).where(eq(paymentRefunds.orderId, placed.id));
    expect(owed).toHaveLength(1);

    await Promise.all([sendDueRefunds(db), sendDueRefunds(db)]);
    const made = fake.refunds.filter((r) => r.payment_intent === session.payment_intent);
    expect(made.map((r) => r.amount)).toEqual([owed[0].amountMinor]);
    const [after] = await db.select().from(paymentRefunds).where(eq(paymentRefunds.orderId, placed.id));
    expect(after).toMatchObject({ status: "succeeded", stripeRefundId: made[0].id });
    // One ticket is left: the order is paid again, with the refund on record.
    expect(await orderRow(placed.id)).toMatchObject({ status: "confirmed", paymentStatus: "paid", refundedMinor: owed[0].amountMinor });
    const refundMails = await db.select().from(emails).where(and(eq(emails.to, user.email), eq(emails.template, "order-refund")));
    expect(refundMails).toHaveLength(1);
  });
});

describe("a cancelled showtime", () => {
  it("refunds each paid card ticket in full, price and booking fee", async () => {
    const { placed, session, fixture } = await cardOrder();
    payAtStripe(session);
    await applyStripeEvent(db, eventOf("checkout.session.completed", session));
    const admin = await createUserFixture(db, { role: "admin" });
    await cancelShowtime(admin.id, fixture.showtime.id, "Projector failure");
    const order = await orderRow(placed.id);
    expect(order).toMatchObject({ status: "cancelled", paymentStatus: "refunded", refundedMinor: order.totalMinor });
    const made = fake.refunds.filter((r) => r.payment_intent === session.payment_intent);
    expect(made.reduce((sum, r) => sum + r.amount, 0)).toBe(order.totalMinor);
    expect(made).toHaveLength(2);
  });

  it("calls off an order still awaiting payment, with its other showtime's seats, and closes its Stripe page", async () => {
    // A cart of two showings, checked out by card and not paid yet.
    const [cancelled, other] = await Promise.all([0, 1].map((day) => createShowtimeFixture(db, { startsAt: new Date(Date.now() + (3 + day) * 86_400_000) })));
    const user = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    for (const fixture of [cancelled, other]) {
      await putInCart(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    }
    const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key"), paymentMethod: cardPayment });
    await cardCheckoutUrl(db, { userId: user.id, orderNumber: placed.number });
    const sessionId = (await orderRow(placed.id)).stripeCheckoutSessionId ?? "";

    const admin = await createUserFixture(db, { role: "admin" });
    await cancelShowtime(admin.id, cancelled.showtime.id, "Projector failure");

    expect(await orderRow(placed.id)).toMatchObject({ status: "cancelled", paymentStatus: "unpaid", refundedMinor: 0 });
    expect(await liveTickets(placed.id)).toHaveLength(0);
    expect(await db.select().from(seatClaims).where(eq(seatClaims.showtimeId, other.showtime.id))).toHaveLength(0);
    expect(fake.sessions.get(sessionId)?.status).toBe("expired");
    expect(await db.select().from(paymentRefunds).where(eq(paymentRefunds.orderId, placed.id))).toHaveLength(0);
    // Stripe's "expired" event that follows changes nothing.
    await applyStripeEvent(db, eventOf("checkout.session.expired", fake.sessions.get(sessionId) ?? {}));
    expect(await orderRow(placed.id)).toMatchObject({ status: "cancelled", paymentStatus: "unpaid" });
  });
});

