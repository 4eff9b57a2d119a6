"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { formatMoney } from "@/lib/money";
import { cancelOwn, changeOwnTicketType, moveOwnTicket } from "@/lib/orders/order-actions";
import { cancelTicketsSchema, changeTicketTypeSchema, moveTicketSchema } from "@/lib/orders/schemas";

const whenSignedOut = { returnTo: "/account/orders" };

function describeDelta({ priceDeltaMinor, currency }: { priceDeltaMinor: number; currency: string }) {
  if (priceDeltaMinor === 0) return "The price is unchanged.";
  return priceDeltaMinor > 0
    ? `The new price is ${formatMoney(priceDeltaMinor, currency)} more.`
    : `The new price is ${formatMoney(-priceDeltaMinor, currency)} less.`;
}

function revalidateOrder({ orderNumber }: { orderNumber: string }) {
  revalidatePath(`/account/orders/${orderNumber}`);
}

export const changeOrderTicketTypeAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: changeTicketTypeSchema,
  handler: ({ orderNumber, ...input }, user) => changeOwnTicketType({ userId: user.id, orderNumber }, input),
  revalidate: (_result, input) => revalidateOrder(input),
  message: (result) => `Ticket type changed. ${describeDelta(result)}`,
});

export const moveTicketAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: moveTicketSchema,
  handler: async ({ orderNumber, ...input }, user) => {
    try {
      return await moveOwnTicket({ userId: user.id, orderNumber }, input);
    } finally {
      // A refused move may mean the seat list changed under the customer: show the fresh one either way.
      revalidateOrder({ orderNumber });
    }
  },
  message: (result) => `Seat changed. ${describeDelta(result)}`,
});

export const cancelTicketsAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: cancelTicketsSchema,
  handler: ({ orderNumber, ticketIds }, user) => cancelOwn({ userId: user.id, orderNumber }, { ticketIds }),
  revalidate: (_result, input) => {
    revalidateOrder(input);
    revalidatePath("/account/orders");
  },
  message: (result) => {
    const what = result.wholeOrder ? "Your order is cancelled" : `${result.ticketIds.length === 1 ? "Ticket" : "Tickets"} cancelled`;
    return `${what}. We've emailed you a confirmation.`;
  },
});
