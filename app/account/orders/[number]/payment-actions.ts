"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { abandonOwnCardPayment, reopenCardPayment } from "@/lib/orders/order-actions";
import { orderPaymentSchema } from "@/lib/orders/schemas";

const whenSignedOut = { returnTo: "/account/orders" };

/** "Pay now" on an order awaiting its card payment: back to its Stripe Checkout page. */
export const payOrderAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: orderPaymentSchema,
  handler: async ({ orderNumber }, user) => {
    try {
      return await reopenCardPayment({ userId: user.id, orderNumber });
    } finally {
      revalidatePath(`/account/orders/${orderNumber}`);
    }
  },
  redirectTo: (url) => url,
});

/** The customer gives up paying: the seats go back on sale and nothing is charged. */
export const abandonPaymentAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: orderPaymentSchema,
  handler: async ({ orderNumber }, user) => {
    try {
      await abandonOwnCardPayment({ userId: user.id, orderNumber });
    } finally {
      revalidatePath(`/account/orders/${orderNumber}`);
      revalidatePath("/account/orders");
    }
  },
  message: "Your order is cancelled and the seats were released. Nothing was charged.",
});
