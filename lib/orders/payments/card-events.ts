import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import type Stripe from "stripe";
import { getDb, type Db, type Tx } from "@/db";
import { orderChanges, orders, paymentEvents, tickets } from "@/db/schema";
import { now } from "@/lib/clock";
import { notifySafely, sendOrderConfirmation } from "../notifications";
import { releaseTickets } from "../release-seats";
import { cardPayment } from "./card";
import { oweCardRefunds, sendDueRefunds } from "./refunds";
import { STRIPE_PROVIDER } from "./stripe";

/**
 * What Stripe says about a card order, applied to it once, whatever the order the news arrives in:
 * a paid session confirms a pending order; an expired or failed one cancels it and puts its seats
 * back on sale; a payment that lands on an order already cancelled is refunded in full. Only these
 * functions move a card order out of `pending_payment`, each with the order row locked (besides a
 * cancelled showtime, which calls the unpaid order off: lib/scheduling/cancellation.ts).
 */
type SessionNews = Pick<Stripe.Checkout.Session, "id" | "status" | "payment_status" | "payment_intent" | "amount_total" | "client_reference_id">;
type Verdict = { kind: "paid"; paymentIntentId: string | null } | { kind: "failed" } | { kind: "none" };
export type CardOutcome = "paid" | "released" | "refunding" | "unchanged";

function verdictOf(session: SessionNews, eventType?: string): Verdict {
  if (eventType === "checkout.session.async_payment_failed" || session.status === "expired") return { kind: "failed" };
  const settled = session.payment_status === "paid" || session.payment_status === "no_payment_required";
  if (session.status === "complete" && settled) {
    const intent = session.payment_intent;
    return { kind: "paid", paymentIntentId: typeof intent === "string" ? intent : (intent?.id ?? null) };
  }
  return { kind: "none" };
}

async function lockCardOrder(tx: Tx, session: { id: string | null; client_reference_id?: string | null; orderId?: string }) {
  const byReference = session.orderId ?? session.client_reference_id ?? null;
  const referenced = byReference && /^[0-9a-f-]{36}$/i.test(byReference) ? byReference : null;
  if (!session.id && !referenced) return undefined;
  const [order] = await tx
    .select({ id: orders.id, status: orders.status, totalMinor: orders.totalMinor, currency: orders.currency, sessionId: orders.stripeCheckoutSessionId })
    .from(orders)
    .where(
      or(
        session.id ? eq(orders.stripeCheckoutSessionId, session.id) : undefined,
        // The session was made but its id never reached the order (a crash in between).
        referenced ? and(eq(orders.id, referenced), isNull(orders.stripeCheckoutSessionId)) : undefined,
      ),
    )
    .for("update");
  return order;
}

async function settle(tx: Tx, session: SessionNews | { id: null; orderId: string; status: "expired" }, eventType?: string) {
  const order = await lockCardOrder(tx, session);
  if (!order) return { orderId: null, outcome: "unchanged" as CardOutcome };
  const verdict = "orderId" in session ? ({ kind: "failed" } as const) : verdictOf(session, eventType);
  const at = now();
  if (verdict.kind === "paid" && order.status === "pending_payment") {
    await tx
      .update(orders)
      .set({ status: "confirmed", paymentStatus: "paid", payBy: null, stripePaymentIntentId: verdict.paymentIntentId, stripeCheckoutSessionId: session.id })
      .where(eq(orders.id, order.id));
    await tx.insert(orderChanges).values({ orderId: order.id, kind: "payment_received", details: { sessionId: session.id, amountMinor: order.totalMinor } });
    return { orderId: order.id, outcome: "paid" as CardOutcome };
  }
  if (verdict.kind === "paid" && order.status === "cancelled") {
    // Paid after the order was given up (the customer cancelled while Stripe was still charging):
    // the seats may be someone else's by now, so the money goes back.
    const [change] = await tx
      .insert(orderChanges)
      .values({ orderId: order.id, kind: "payment_received", reason: "Paid after the order was cancelled: refunded in full.", details: { sessionId: session.id, late: true } })
      .returning({ id: orderChanges.id });
    await tx
      .update(orders)
      .set({ paymentStatus: "refund_due", refundedMinor: order.totalMinor, stripePaymentIntentId: verdict.paymentIntentId })
      .where(eq(orders.id, order.id));
    await oweCardRefunds(tx, { orderId: order.id, currency: order.currency, paymentMethod: cardPayment.id }, [{ orderChangeId: change.id, amountMinor: order.totalMinor }]);
    return { orderId: order.id, outcome: "refunding" as CardOutcome };
  }
  if (verdict.kind === "failed" && order.status === "pending_payment") {
    const live = await tx.select({ id: tickets.id }).from(tickets).where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")));
    await releaseTickets(tx, live.map((t) => t.id), at);
    await tx
      .update(orders)
      .set({ status: "cancelled", cancelledAt: at, cancelReason: "The card payment was not completed, so the seats were released. Nothing was charged." })
      .where(eq(orders.id, order.id));
    await tx.insert(orderChanges).values({ orderId: order.id, kind: "payment_expired", details: { sessionId: session.id } });
    return { orderId: order.id, outcome: "released" as CardOutcome };
  }
  return { orderId: order.id, outcome: "unchanged" as CardOutcome };
}

/** What happens once the change has committed: the tickets go out, or the refund is sent. */
async function afterCommit(db: Db, result: { orderId: string | null; outcome: CardOutcome }) {
  if (result.outcome === "paid" && result.orderId) {
    const orderId = result.orderId;
    await notifySafely("order confirmation", () => sendOrderConfirmation(db, orderId));
  }
  if (result.outcome === "refunding") await sendDueRefunds(db);
}

/** A session read from Stripe (the customer's return, the reconciliation sweep) or given up locally. */
export async function applyCardSession(db: Db, session: SessionNews | { id: null; orderId: string; status: "expired" }): Promise<CardOutcome> {
  const result = await db.transaction((tx) => settle(tx, session));
  await afterCommit(db, result);
  return result.outcome;
}

const SESSION_EVENTS = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
]);

/**
 * A verified webhook event. Its id is recorded in the transaction that applies it, so a replay (Stripe
 * retries, an attacker resending a captured request) changes nothing. Events of other types are
 * recorded and ignored.
 */
export async function applyStripeEvent(db: Db, event: Stripe.Event): Promise<"applied" | "duplicate"> {
  const result = await db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(paymentEvents)
      .values({ provider: STRIPE_PROVIDER, eventId: event.id, type: event.type })
      .onConflictDoNothing()
      .returning({ eventId: paymentEvents.eventId });
    if (!fresh) return null;
    if (!SESSION_EVENTS.has(event.type)) return { orderId: null, outcome: "unchanged" as CardOutcome };
    const settled = await settle(tx, event.data.object as Stripe.Checkout.Session, event.type);
    if (settled.orderId) {
      await tx.update(paymentEvents).set({ orderId: settled.orderId }).where(and(eq(paymentEvents.provider, STRIPE_PROVIDER), eq(paymentEvents.eventId, event.id)));
    }
    return settled;
  });
  if (!result) return "duplicate";
  await afterCommit(db, result);
  return "applied";
}

/** The webhook route's entry point. */
export async function receiveStripeEvent(event: Stripe.Event) {
  return applyStripeEvent(await getDb(), event);
}
