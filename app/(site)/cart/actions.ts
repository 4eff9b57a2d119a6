"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { noInput } from "@/lib/actions/operation";
import { changeHeldTicketType, emptyCart, releaseSeat } from "@/lib/booking/holds";
import { cartSeatSchema, changeTicketTypeSchema } from "@/lib/booking/schemas";

const whenSignedOut = { message: "Sign in to change your cart." };

function revalidateCart() {
  revalidatePath("/cart");
}

export const changeHeldTicketTypeAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: changeTicketTypeSchema,
  handler: (input, user) => changeHeldTicketType({ ...input, userId: user.id }),
  revalidate: revalidateCart,
  message: "Ticket type changed.",
});

export const releaseSeatAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: cartSeatSchema,
  handler: (input, user) => releaseSeat({ ...input, userId: user.id }),
  revalidate: revalidateCart,
  message: "Seat removed.",
});

export const emptyCartAction = defineFormStateAction({
  access: "signed-in",
  whenSignedOut,
  schema: noInput,
  handler: (_input, user) => emptyCart(user.id),
  revalidate: revalidateCart,
  message: "Your cart is empty.",
});
