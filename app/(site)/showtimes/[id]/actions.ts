"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { holdSeats } from "@/lib/booking/holds";
import { holdSeatsSchema } from "@/lib/booking/schemas";

/** "Add to cart" on the seat map: holds the chosen seats for this customer. */
export const addToCartAction = defineAction({
  access: "signed-in",
  whenSignedOut: { message: "Sign in to add seats to your cart." },
  schema: holdSeatsSchema,
  handler: (input, user) => holdSeats({ ...input, userId: user.id }),
  data: (held) => ({ heldUntil: held.heldUntil.toISOString() }),
  revalidate: () => revalidatePath("/cart"),
});
