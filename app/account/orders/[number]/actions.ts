"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/dal";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { formatMoney } from "@/lib/money";
import { cancelOwn, changeOwnTicketType, moveOwnTicket } from "@/lib/orders/order-actions";
import { cancelTicketsSchema, changeTicketTypeSchema, moveTicketSchema } from "@/lib/orders/schemas";

/** Only the named fields: React and Next add their own entries to a submitted form. */
function fields(formData: FormData, names: string[]) {
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));
}

function describeDelta(deltaMinor: number, currency: string) {
  if (deltaMinor === 0) return "The price is unchanged.";
  return deltaMinor > 0
    ? `The new price is ${formatMoney(deltaMinor, currency)} more.`
    : `The new price is ${formatMoney(-deltaMinor, currency)} less.`;
}

export async function changeTicketTypeAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const user = await requireUser("/account/orders");
  const parsed = changeTicketTypeSchema.safeParse(fields(formData, ["orderNumber", "ticketId", "ticketTypeId"]));
  if (!parsed.success) return invalidInput(parsed.error);
  const { orderNumber, ...input } = parsed.data;
  try {
    const result = await changeOwnTicketType({ userId: user.id, orderNumber }, input);
    revalidatePath(`/account/orders/${orderNumber}`);
    return { ok: true, message: `Ticket type changed. ${describeDelta(result.priceDeltaMinor, result.currency)}` };
  } catch (error) {
    return domainErrorState(error);
  }
}

export async function moveTicketAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const user = await requireUser("/account/orders");
  const parsed = moveTicketSchema.safeParse(fields(formData, ["orderNumber", "ticketId", "seatId"]));
  if (!parsed.success) return invalidInput(parsed.error);
  const { orderNumber, ...input } = parsed.data;
  try {
    const result = await moveOwnTicket({ userId: user.id, orderNumber }, input);
    revalidatePath(`/account/orders/${orderNumber}`);
    return { ok: true, message: `Seat changed. ${describeDelta(result.priceDeltaMinor, result.currency)}` };
  } catch (error) {
    revalidatePath(`/account/orders/${orderNumber}`);
    return domainErrorState(error);
  }
}

export async function cancelTicketsAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const user = await requireUser("/account/orders");
  const ticketIds = formData.getAll("ticketId").map(String);
  const parsed = cancelTicketsSchema.safeParse({
    orderNumber: formData.get("orderNumber"),
    ticketIds: ticketIds.length > 0 ? ticketIds : undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error);
  const { orderNumber, ticketIds: ids } = parsed.data;
  try {
    const result = await cancelOwn({ userId: user.id, orderNumber }, { ticketIds: ids });
    revalidatePath(`/account/orders/${orderNumber}`);
    revalidatePath("/account/orders");
    const what = result.wholeOrder ? "Your order is cancelled" : `${result.ticketIds.length === 1 ? "Ticket" : "Tickets"} cancelled`;
    return { ok: true, message: `${what}. We've emailed you a confirmation.` };
  } catch (error) {
    return domainErrorState(error);
  }
}
