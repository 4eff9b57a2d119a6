"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { ConflictError } from "@/lib/errors";
import { SeatsLostError } from "@/lib/orders/checkout";
import { placeOrder } from "@/lib/orders/place-order";
import { placeOrderSchema } from "@/lib/orders/schemas";

export const placeOrderAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut: { returnTo: "/checkout" },
  schema: placeOrderSchema,
  handler: async (input, user) => {
    try {
      return await placeOrder({ userId: user.id, ...input });
    } catch (error) {
      // Show the cart as it is now (the lost seats gone, the rest kept) under the error.
      revalidatePath("/checkout");
      if (error instanceof SeatsLostError)
        throw new ConflictError(error.message, {
          lostSeats: error.lostSeats.map((s) => s.label),
        });
      throw error;
    }
  },
  revalidate: () => revalidatePath("/account/orders"),
  redirectTo: ({ number }) => `/account/orders/${number}?placed=1`,
});
