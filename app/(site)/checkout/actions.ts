"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { ConflictError } from "@/lib/errors";
import { SeatsLostError } from "@/lib/orders/checkout";
import { paymentMethodById } from "@/lib/orders/payments";
import { paymentPageForNewOrder } from "@/lib/orders/order-actions";
import { placeOrder } from "@/lib/orders/place-order";
import { placeOrderSchema } from "@/lib/orders/schemas";

export const placeOrderAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut: { returnTo: "/checkout" },
  schema: placeOrderSchema,
  handler: async ({ paymentMethod, ...input }, user) => {
    let placed;
    try {
      placed = await placeOrder({ userId: user.id, ...input, paymentMethod: paymentMethodById(paymentMethod) });
    } catch (error) {
      // Show the cart as it is now (the lost seats gone, the rest kept) under the error.
      revalidatePath("/checkout");
      if (error instanceof SeatsLostError)
        throw new ConflictError(error.message, {
          lostSeats: error.lostSeats.map((s) => s.label),
        });
      throw error;
    }
    if (placed.status !== "pending_payment") return `/account/orders/${placed.number}?placed=1`;
    return paymentPageForNewOrder({ userId: user.id, orderNumber: placed.number });
  },
  revalidate: () => revalidatePath("/account/orders"),
  redirectTo: (next) => next,
});
