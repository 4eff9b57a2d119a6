import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orderChanges, orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { InvalidError } from "@/lib/errors";
import { cancelTickets, type CancelResult } from "./changes";
import { lockOrder } from "./ticket-lock";

/**
 * What an administrator can do to any order: cancel it (whatever the cut-off, everything paid is
 * refunded) or record that a refund went out. Each writes an audit_log row with the reason; the
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
    // A paid order refunded without a cancellation gives back everything; a refund due gives back what is due.
    const refundedMinor = order.paymentStatus === "paid" ? order.totalMinor : order.refundedMinor;
    await tx.update(orders).set({ paymentStatus: "refunded", refundedMinor }).where(eq(orders.id, order.id));
    await tx.insert(orderChanges).values({
      orderId: order.id,
      kind: "refund_marked",
      priceDeltaMinor: 0,
      reason: input.reason,
      details: { refundedMinor, at: now().toISOString() },
      actorUserId: input.adminId,
    });
    await recordAudit(tx, {
      actorUserId: input.adminId,
      action: "order.refund_marked",
      entityType: "order",
      entityId: order.id,
      details: { number: order.number, reason: input.reason, refundedMinor },
    });
    return { orderId: order.id, number: order.number, refundedMinor, currency: order.currency };
  });
}
