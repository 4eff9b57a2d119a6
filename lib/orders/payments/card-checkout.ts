import "server-only";
import { and, eq } from "drizzle-orm";
import Stripe from "stripe";
import type { Db } from "@/db";
import { orders, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log/logger";
import { CARD_PAYMENT_WINDOW_MS } from "./card";
import { applyCardSession } from "./card-events";
import { stripe } from "./stripe";

/**
 * The customer's side of a card order: open (or reopen) its Stripe Checkout page, or give up on it.
 * Neither ever marks an order paid: only Stripe's signed events (card-events.ts) and the
 * reconciliation sweep (reconcile.ts), both of which ask Stripe, do.
 */
type OwnOrder = { userId: string; orderNumber: string };

async function loadOwnPendingOrder(db: Db, who: OwnOrder) {
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      totalMinor: orders.totalMinor,
      currency: orders.currency,
      sessionId: orders.stripeCheckoutSessionId,
      email: users.email,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(and(eq(orders.number, who.orderNumber), eq(orders.userId, who.userId)));
  if (!order) throw new NotFoundError("Order not found.");
  if (order.status !== "pending_payment") {
    throw new InvalidError(order.status === "confirmed" ? "This order is already paid." : "This order was cancelled: nothing was charged.");
  }
  return order;
}

/** Stripe out of reach is a refusal the customer can act on (try again), not a crash page. */
async function reachingStripe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    log.error({ err: error }, "payments: Stripe refused or could not be reached");
    throw new ConflictError("Card payment is not available right now. Your seats are still held: try again in a minute.");
  }
}

/** Where to send the customer to pay: the order's open Checkout Session, created on first use. */
export async function cardCheckoutUrl(db: Db, who: OwnOrder): Promise<string> {
  return reachingStripe(() => openCheckout(db, who));
}

async function openCheckout(db: Db, who: OwnOrder): Promise<string> {
  const order = await loadOwnPendingOrder(db, who);
  if (order.sessionId) {
    const session = await stripe().checkout.sessions.retrieve(order.sessionId);
    if (session.status === "open" && session.url) return session.url;
    // Paid or expired while the customer was away: apply what Stripe says and tell them.
    await applyCardSession(db, session);
    throw new InvalidError(session.status === "complete" ? "This order is already paid." : "The time to pay for this order ran out: the seats were released.");
  }
  // Stripe's shortest session; the order's seats stay sold to it until the session ends.
  const expiresAt = new Date(now().getTime() + CARD_PAYMENT_WINDOW_MS + 60_000);
  const session = await stripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: order.currency.toLowerCase(),
            unit_amount: order.totalMinor,
            product_data: { name: `Marquee tickets, order ${order.number}` },
          },
        },
      ],
      customer_email: order.email,
      client_reference_id: order.id,
      metadata: { orderId: order.id, orderNumber: order.number },
      payment_intent_data: { metadata: { orderId: order.id, orderNumber: order.number } },
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: `${env.APP_URL}/checkout/paid?order=${order.number}`,
      cancel_url: `${env.APP_URL}/account/orders/${order.number}?payment=cancelled`,
    },
    // A retry (double click, lost response) gets the same session back, never a second one.
    { idempotencyKey: `checkout-session:${order.id}` },
  );
  if (!session.url) throw new Error(`stripe: session ${session.id} has no url`);
  await db
    .update(orders)
    .set({ stripeCheckoutSessionId: session.id, paymentExpiresAt: expiresAt })
    .where(and(eq(orders.id, order.id), eq(orders.status, "pending_payment")));
  return session.url;
}

/**
 * Where checkout sends the customer after placing a card order: Stripe's page, or, when Stripe can't
 * be reached right now, the order's page, which explains and offers to try again (the seats stay theirs).
 */
export async function paymentPageFor(db: Db, who: OwnOrder): Promise<string> {
  try {
    return await cardCheckoutUrl(db, who);
  } catch (error) {
    log.error({ err: error, orderNumber: who.orderNumber }, "payments: could not open Stripe Checkout for an order");
    return `/account/orders/${who.orderNumber}?payment=unavailable`;
  }
}

/**
 * The customer gives up paying: the session is expired at Stripe first (so it can no longer be paid),
 * then the order is cancelled and its seats released. A session paid meanwhile keeps the order.
 */
export async function abandonCardPayment(db: Db, who: OwnOrder) {
  const order = await loadOwnPendingOrder(db, who);
  const sessionId = order.sessionId;
  const session = sessionId
    ? await reachingStripe(async () => {
        const current = await stripe().checkout.sessions.retrieve(sessionId);
        return current.status === "open" ? stripe().checkout.sessions.expire(sessionId) : current;
      })
    : null;
  const outcome = await applyCardSession(db, session ?? { id: null, orderId: order.id, status: "expired" });
  if (outcome === "paid") throw new InvalidError("This order was just paid, so it was not cancelled.");
}

/**
 * Closes the Stripe pages of card orders we called off (a cancelled showtime), so they can no longer
 * be paid. Best effort: a page paid before it closed is refunded in full (card-events.ts).
 */
export async function closeCheckoutSessions(sessionIds: string[]) {
  for (const id of sessionIds) {
    try {
      await stripe().checkout.sessions.expire(id);
    } catch (error) {
      log.error({ err: error, sessionId: id }, "payments: could not close a Stripe Checkout session; a payment on it will be refunded");
    }
  }
}
