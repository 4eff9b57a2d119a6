import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { orders } from "@/db/schema";
import { now } from "@/lib/clock";
import { cancelTickets, type CancelResult } from "./changes";
import { canChangeTicket } from "./policy";
import { loadBookingPolicy } from "./pricing-inputs";
import { lockOrder, orderTickets } from "./ticket-lock";

/**
 * When a customer deletes their account: every ticket still open to cancellation under the refund
 * policy is cancelled as if the customer had cancelled it (same refund, same history). Tickets past
 * the cut-off, used or for a cancelled showtime stay as they are: the policy gives nothing back for
 * them, and the order keeps its accounting record. Runs inside the deletion's transaction.
 */
export async function cancelOpenTicketsOfClosingAccount(tx: Tx, userId: string): Promise<CancelResult[]> {
  const policy = await loadBookingPolicy(tx);
  const at = now();
  const open = await tx
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.status, "confirmed")));
  const results: CancelResult[] = [];
  for (const { id } of open) {
    const order = await lockOrder(tx, { orderId: id, userId });
    const cancellable = (await orderTickets(tx, order.id)).filter(
      (ticket) =>
        ticket.status === "valid" &&
        ticket.showtimeStatus === "scheduled" &&
        canChangeTicket(ticket.startsAt, policy, at).allowed,
    );
    if (cancellable.length === 0) continue;
    results.push(await cancelTickets(tx, order, { ticketIds: cancellable.map((ticket) => ticket.id), actorUserId: userId }));
  }
  return results;
}
