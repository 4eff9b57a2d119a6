import "server-only";
import { getDb } from "@/db";
import { adminCancelOrder, markOrderPaid, markOrderRefunded } from "./admin";
import { cancelOwnTickets, changeTicketType, moveTicket, type ChangeActor } from "./changes";
import { notifySafely, sendCancellationEmail, sendRefundEmail } from "./notifications";
import { sendRefundsNow } from "./payments/refunds";
import { abandonCardPayment, cardCheckoutUrl, paymentPageFor } from "./payments/card-checkout";

/**
 * The entry points the order actions call: each runs one change and, once it has committed, sends
 * the email it calls for.
 */
export async function changeOwnTicketType(actor: ChangeActor, input: { ticketId: string; ticketTypeId: string }) {
  return changeTicketType(await getDb(), actor, input);
}

export async function moveOwnTicket(actor: ChangeActor, input: { ticketId: string; seatId: string }) {
  return moveTicket(await getDb(), actor, input);
}

export async function cancelOwn(actor: ChangeActor, input: { ticketIds?: string[] }) {
  const db = await getDb();
  const result = await cancelOwnTickets(db, actor, input);
  await notifySafely("cancellation", () => sendCancellationEmail(db, result.orderId, result));
  await sendRefundsNow(db);
  return result;
}

export async function cancelAsAdmin(input: { adminId: string; orderId: string; reason: string }) {
  const db = await getDb();
  const result = await adminCancelOrder(db, input);
  await notifySafely("cancellation", () => sendCancellationEmail(db, result.orderId, { ...result, reason: input.reason }));
  await sendRefundsNow(db);
  return result;
}

export async function markRefundedAsAdmin(input: { adminId: string; orderId: string; reason: string }) {
  const db = await getDb();
  const result = await markOrderRefunded(db, input);
  await notifySafely("refund", () => sendRefundEmail(db, result.orderId, { refundedMinor: result.refundedMinor, reason: input.reason }));
  return result;
}

export async function markPaidAsAdmin(input: { adminId: string; orderId: string }) {
  return markOrderPaid(await getDb(), input);
}

/** After placing a card order: Stripe's page, or the order's page when Stripe can't be reached. */
export async function paymentPageForNewOrder(who: ChangeActor) {
  return paymentPageFor(await getDb(), who);
}

/** "Pay now" on an order awaiting its card payment. */
export async function reopenCardPayment(who: ChangeActor) {
  return cardCheckoutUrl(await getDb(), who);
}

export async function abandonOwnCardPayment(who: ChangeActor) {
  return abandonCardPayment(await getDb(), who);
}
