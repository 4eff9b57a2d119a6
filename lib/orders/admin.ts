import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { orderChanges, orders, paymentRefunds, seatClaims, tickets } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { InvalidError } from "@/lib/errors";
import { cancelTickets, type CancelResult } from "./changes";
import { lockOrder, type LockedOrder } from "./ticket-lock";
import { cardPayment } from "./payments/card";
import { notifySeatRows } from "@/lib/booking/seat-events";

/**
 * What an administrator can do to any order: cancel it (whatever the cut-off, everything paid is
 * refunded), record that a refund went out (a paid order's tickets are voided with it), or record
 * that an unpaid reservation was paid at the box office. Each writes an audit_log row with the reason; the
 * calling action emails the customer once the transaction has committed.
 */
export async function adminCancelOrder(db: Db, input: { adminId: string; orderId: string; reason: string }): Promise<CancelResult> {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { orderId: input.orderId });
    if (order.status === "cancelled") throw new InvalidError("This order is already cancelled.");
    const result = await cancelTickets(tx, order, { actorUserId: input.adminId, byAdmin: { reason: input.reason } });
    await recordAudit(tx, {
      actorUserId: input.adminId,
      action: "order.cancel",
      entityType: "order",
      entityId: order.id,
      details: { number: order.number, reason: input.reason, ticketIds: result.ticketIds, refundMinor: result.refundMinor },
    });
    return result;
  });
}

export async function markOrderRefunded(db: Db, input: { adminId: string; orderId: string; reason: string }) {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { orderId: input.orderId });
    if (order.paymentStatus !== "paid" && order.paymentStatus !== "refund_due") {
      throw new InvalidError(
        order.paymentStatus === "refunded" ? "This order is already marked refunded." : "Nothing was paid for this order, so there is nothing to refund.",
      );
    }
    if (order.paymentMethod === cardPayment.id) await assertNoCardRefundOwed(tx, order);
    // A paid order refunded without a cancellation gives back everything, so its tickets stop being
    // valid (their seats go back on sale); a refund due gives back what is due for tickets already cancelled.
    const wholeOrder = order.paymentStatus === "paid";
    const refundedMinor = wholeOrder ? order.totalMinor : order.refundedMinor;
    const at = now();
    const voided = wholeOrder
      ? await tx
          .update(tickets)
          .set({ status: "cancelled", cancelledAt: at, refundMinor: sql`${tickets.priceMinor} + ${tickets.bookingFeeMinor}` })
          .where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")))
          .returning({ id: tickets.id })
      : [];
    if (voided.length > 0) {
      const freed = await tx.delete(seatClaims).where(inArray(seatClaims.ticketId, voided.map((t) => t.id))).returning({ showtimeId: seatClaims.showtimeId, seatId: seatClaims.seatId });
      await notifySeatRows(tx, freed, "available");
    }
    await tx
      .update(orders)
      .set({
        paymentStatus: "refunded",
        refundedMinor,
        ...(wholeOrder && order.status !== "cancelled" ? { status: "cancelled" as const, cancelledAt: at, cancelReason: input.reason } : {}),
      })
      .where(eq(orders.id, order.id));
    await tx.insert(orderChanges).values({
      orderId: order.id,
      kind: "refund_marked",
      priceDeltaMinor: 0,
      reason: input.reason,
      details: { refundedMinor, at: at.toISOString(), voidedTicketIds: voided.map((t) => t.id) },
      actorUserId: input.adminId,
    });
    await recordAudit(tx, {
      actorUserId: input.adminId,
      action: "order.refund_marked",
      entityType: "order",
      entityId: order.id,
      details: { number: order.number, reason: input.reason, refundedMinor, voidedTickets: voided.length },
    });
    return { orderId: order.id, number: order.number, refundedMinor, currency: order.currency };
  });
}

/**
 * Staff took the money for a pay-at-cinema reservation at the box office: the order is paid and so
 * is never released before its showtime.
 */
export async function markOrderPaid(db: Db, input: { adminId: string; orderId: string }) {
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { orderId: input.orderId });
    if (order.status === "cancelled") throw new InvalidError("This order is cancelled, so there is nothing to pay.");
    if (order.paymentStatus !== "unpaid") throw new InvalidError("This order is already paid.");
    await tx.update(orders).set({ paymentStatus: "paid", payBy: null }).where(eq(orders.id, order.id));
    await tx.insert(orderChanges).values({
      orderId: order.id,
      kind: "payment_marked",
      priceDeltaMinor: 0,
      details: { amountMinor: order.totalMinor, at: now().toISOString() },
      actorUserId: input.adminId,
    });
    await recordAudit(tx, {
      actorUserId: input.adminId,
      action: "order.payment_marked",
      entityType: "order",
      entityId: order.id,
      details: { number: order.number, amountMinor: order.totalMinor, currency: order.currency },
    });
    return { orderId: order.id, number: order.number, amountMinor: order.totalMinor, currency: order.currency };
  });
}

/**
 * Card money goes back through Stripe when tickets are cancelled (payments/refunds.ts). Recording a
 * refund by hand is only for one Stripe could not make (a failed refund, paid back another way).
 */
async function assertNoCardRefundOwed(tx: Tx, order: LockedOrder) {
  if (order.paymentStatus === "paid") {
    throw new InvalidError("This order was paid by card: cancel it (or its tickets) and the refund goes back to the card by itself.");
  }
  const [pending] = await tx
    .select({ id: paymentRefunds.id })
    .from(paymentRefunds)
    .where(and(eq(paymentRefunds.orderId, order.id), eq(paymentRefunds.status, "pending")))
    .limit(1);
  if (pending) throw new InvalidError("A card refund for this order is still being sent to Stripe. Check again in a few minutes.");
}
