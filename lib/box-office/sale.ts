import "server-only";
import type { Db } from "@/db";
import { recordAudit } from "@/lib/audit";
import { emptyCart, holdSeats } from "@/lib/booking/holds";
import type { HoldSeatsInput } from "@/lib/booking/schemas";
import { InvalidError } from "@/lib/errors";
import { checkoutCart, type PlacedOrder } from "@/lib/orders/checkout";
import { markOrderPaid } from "@/lib/orders/admin";
import { loadOrderByNumber } from "@/lib/orders/order-details";
import { paymentMethodById } from "@/lib/orders/payments";
import type { CounterSaleInput } from "./schemas";
import { COUNTER_PAYMENT_METHOD_IDS } from "./schemas";

/**
 * What box-office staff do, each with the staff member as the actor. A counter sale is an ordinary
 * checkout of the staff member's own cart, on the box_office channel (so the per-customer ticket cap
 * does not apply: lib/booking/hold-checks.ts) with a counter payment method (paid at once). No email
 * goes out: the walk-in gets printed tickets. Callers have passed the staff guard.
 */

/** Seats for a walk-in, held in the staff member's cart. */
export function holdForCounter(staffId: string, input: HoldSeatsInput) {
  return holdSeats({ ...input, userId: staffId }, { channel: "box_office" });
}

/** The walk-in changed their mind: every seat held for the current sale goes back on sale. */
export async function releaseCounterHolds(db: Db, staffId: string) {
  await emptyCart(staffId);
  await recordAudit(db, { actorUserId: staffId, action: "box_office.holds_released", entityType: "cart" });
}

export async function sellAtCounter(db: Db, staffId: string, input: CounterSaleInput): Promise<PlacedOrder> {
  const method = COUNTER_PAYMENT_METHOD_IDS.includes(input.paymentMethod) ? paymentMethodById(input.paymentMethod) : undefined;
  if (!method) throw new InvalidError("Choose cash or card terminal.", { paymentMethod: ["Choose cash or card terminal."] });
  const placed = await checkoutCart(db, {
    userId: staffId,
    idempotencyKey: input.idempotencyKey,
    expectedSeats: input.expectedSeats,
    paymentMethod: method,
    channel: "box_office",
  });
  // A repeated submit finds the first order: the sale was audited when it was made.
  if (placed.created) {
    await recordAudit(db, {
      actorUserId: staffId,
      action: "order.sold_at_counter",
      entityType: "order",
      entityId: placed.id,
      details: { number: placed.number, paymentMethod: method.id, seats: input.expectedSeats.length },
    });
  }
  return placed;
}

/** The walk-in paid a pay-at-cinema reservation at the desk. markOrderPaid audits it with the staff member as actor. */
export async function markPaidAtDesk(db: Db, staffId: string, orderNumber: string) {
  const order = await loadOrderByNumber(db, orderNumber);
  if (!order) throw new InvalidError("No order has this number.", { orderNumber: ["No order has this number. Check it and try again."] });
  return markOrderPaid(db, { adminId: staffId, orderId: order.id });
}
