import "server-only";
import { and, asc, eq, isNotNull, lte } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { orders } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log/logger";
import { applyCardSession, type CardOutcome } from "./card-events";
import { stripe } from "./stripe";

/**
 * Card orders whose payment window has passed but that are still `pending_payment` (a webhook lost or
 * not yet delivered, or a session never created): ask Stripe what happened and apply it. An open
 * session is expired at Stripe first, so it can no longer be paid. Runs on every instance; each order
 * is claimed with FOR UPDATE SKIP LOCKED for the few seconds of its Stripe call.
 */
const ORDERS_PER_SWEEP = 20;
const RECHECK_MS = 10 * 60_000;

export async function reconcileCardPayments(db: Db): Promise<{ orderId: string; outcome: CardOutcome }[]> {
  const done: { orderId: string; outcome: CardOutcome }[] = [];
  for (let i = 0; i < ORDERS_PER_SWEEP; i++) {
    const claimed = await db.transaction(async (tx) => {
      const [order] = await tx
        .select({ id: orders.id, sessionId: orders.stripeCheckoutSessionId })
        .from(orders)
        .where(and(eq(orders.status, "pending_payment"), isNotNull(orders.paymentExpiresAt), lte(orders.paymentExpiresAt, now())))
        .orderBy(asc(orders.paymentExpiresAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!order) return null;
      let session = order.sessionId ? await stripe().checkout.sessions.retrieve(order.sessionId) : null;
      if (session?.status === "open") session = await stripe().checkout.sessions.expire(session.id);
      return { orderId: order.id, session };
    });
    if (!claimed) break;
    // Applied in its own transaction: the order is re-locked and re-checked, so a webhook that won the race is not undone.
    const outcome = await applyCardSession(db, claimed.session ?? { id: null, orderId: claimed.orderId, status: "expired" });
    done.push({ orderId: claimed.orderId, outcome });
    // Paid by a slower method Stripe is still confirming: ask again later rather than first in every sweep.
    if (outcome === "unchanged") {
      await db
        .update(orders)
        .set({ paymentExpiresAt: new Date(now().getTime() + RECHECK_MS) })
        .where(and(eq(orders.id, claimed.orderId), eq(orders.status, "pending_payment")));
    }
  }
  return done;
}

/** Every minute, on every instance. */
export function startCardReconciliationSweep(everyMs = 60_000) {
  const timer = setInterval(() => {
    getDb()
      .then(reconcileCardPayments)
      .catch((error: unknown) => log.error({ err: error }, "card payment reconciliation failed"));
  }, everyMs);
  timer.unref();
  return timer;
}
