import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import Stripe from "stripe";
import { getDb, type Db, type Tx } from "@/db";
import { orders, paymentRefunds } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log/logger";
import { notifySafely, sendRefundEmail } from "../notifications";
import { cardPayment } from "./card";
import { cardPaymentsEnabled, stripe } from "./stripe";

/**
 * Card refunds are written as owed in the transaction that cancels (one row per order change, so a
 * ticket cancelled once is refunded once), then sent to Stripe after it commits, with the row's id as
 * the idempotency key: a retry after a lost response never refunds twice. Every instance sweeps the
 * rows still owed with SKIP LOCKED, like the email queue.
 */
const MAX_ATTEMPTS = 6;
const REFUNDS_PER_SWEEP = 20;

export type OwedRefund = { orderChangeId: number; amountMinor: number };

/** Records what a cancellation owes a card order; a no-op for other orders and for nothing owed. */
export async function oweCardRefunds(tx: Tx, order: { orderId: string; currency: string; paymentMethod: string }, owed: OwedRefund[]) {
  if (order.paymentMethod !== cardPayment.id) return;
  const rows = owed.filter((o) => o.amountMinor > 0);
  if (rows.length === 0) return;
  await tx
    .insert(paymentRefunds)
    .values(rows.map((o) => ({ orderId: order.orderId, orderChangeId: o.orderChangeId, amountMinor: o.amountMinor, currency: order.currency })))
    .onConflictDoNothing({ target: paymentRefunds.orderChangeId });
}

/** Sends the refunds that are due; returns how many went through. */
export async function sendDueRefunds(db: Db): Promise<number> {
  let sent = 0;
  for (let i = 0; i < REFUNDS_PER_SWEEP; i++) {
    const outcome = await db.transaction(async (tx) => {
      const [refund] = await tx
        .select({
          id: paymentRefunds.id,
          orderId: paymentRefunds.orderId,
          amountMinor: paymentRefunds.amountMinor,
          attempts: paymentRefunds.attempts,
          paymentIntentId: orders.stripePaymentIntentId,
        })
        .from(paymentRefunds)
        .innerJoin(orders, eq(orders.id, paymentRefunds.orderId))
        .where(and(eq(paymentRefunds.status, "pending"), lte(paymentRefunds.nextAttemptAt, now())))
        .orderBy(asc(paymentRefunds.nextAttemptAt))
        .limit(1)
        .for("update", { of: paymentRefunds, skipLocked: true });
      if (!refund) return null;
      try {
        if (!refund.paymentIntentId) throw new Error("the order has no Stripe payment to refund");
        const result = await stripe().refunds.create(
          { payment_intent: refund.paymentIntentId, amount: refund.amountMinor, metadata: { orderId: refund.orderId, refundId: refund.id } },
          { idempotencyKey: `refund:${refund.id}` },
        );
        await tx.update(paymentRefunds).set({ status: "succeeded", stripeRefundId: result.id, attempts: refund.attempts + 1, lastError: null }).where(eq(paymentRefunds.id, refund.id));
        await settleOrderWhenRefunded(tx, refund.orderId);
        return { sent: true as const, orderId: refund.orderId, amountMinor: refund.amountMinor };
      } catch (error) {
        const attempts = refund.attempts + 1;
        // Stripe refusing the request itself (already refunded, amount too large) will not change on a retry.
        const final = attempts >= MAX_ATTEMPTS || error instanceof Stripe.errors.StripeInvalidRequestError;
        const message = error instanceof Error ? error.message : String(error);
        log.error(
          { err: error, refundId: refund.id, attempts, final },
          final ? "payments: refund failed, giving up" : "payments: refund failed",
        );
        await tx
          .update(paymentRefunds)
          .set({
            status: final ? "failed" : "pending",
            attempts,
            lastError: message.slice(0, 500),
            nextAttemptAt: new Date(now().getTime() + 2 ** attempts * 30_000),
          })
          .where(eq(paymentRefunds.id, refund.id));
        return { sent: false as const };
      }
    });
    if (!outcome) break;
    if (outcome.sent) {
      sent++;
      await notifySafely("refund", () =>
        sendRefundEmail(db, outcome.orderId, { refundedMinor: outcome.amountMinor, reason: "Refunded to the card you paid with." }),
      );
    }
  }
  return sent;
}

/**
 * After a cancellation commits: send what it owes at once, so the customer sees the refund on the
 * page that follows. A failure is left to the sweep and never fails the cancellation.
 */
export async function sendRefundsNow(db: Db) {
  if (!cardPaymentsEnabled()) return;
  try {
    await sendDueRefunds(db);
  } catch (error) {
    log.error({ err: error }, "payments: sending refunds after a cancellation failed; the sweep retries");
  }
}

/** With nothing left owed, a refund-due order is refunded (all cancelled) or paid again (tickets left). */
async function settleOrderWhenRefunded(tx: Tx, orderId: string) {
  await tx
    .update(orders)
    .set({ paymentStatus: sql`case when ${orders.status} = 'cancelled' then 'refunded'::payment_status else 'paid'::payment_status end` })
    .where(
      and(
        eq(orders.id, orderId),
        eq(orders.paymentStatus, "refund_due"),
        sql`not exists (select 1 from ${paymentRefunds} where ${paymentRefunds.orderId} = ${orders.id} and ${paymentRefunds.status} = 'pending')`,
      ),
    );
}

/** A card order's refunds, oldest first, for the customer's and the admin's order pages (each checks access first). */
export async function listCardRefunds(orderId: string) {
  const db = await getDb();
  return db
    .select({
      id: paymentRefunds.id,
      amountMinor: paymentRefunds.amountMinor,
      status: paymentRefunds.status,
      createdAt: paymentRefunds.createdAt,
      stripeRefundId: paymentRefunds.stripeRefundId,
      lastError: paymentRefunds.lastError,
    })
    .from(paymentRefunds)
    .where(eq(paymentRefunds.orderId, orderId))
    .orderBy(asc(paymentRefunds.createdAt));
}

/** Every 30 seconds, on every instance. */
export function startRefundSweep(everyMs = 30_000) {
  const timer = setInterval(() => {
    getDb()
      .then(sendDueRefunds)
      .catch((error: unknown) => log.error({ err: error }, "refund sweep failed"));
  }, everyMs);
  timer.unref();
  return timer;
}
