"use server";

import { revalidatePath } from "next/cache";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/dal";
import { changeHeldTicketType, emptyCart, releaseSeat } from "@/lib/booking/holds";
import { cartSeatSchema, changeTicketTypeSchema } from "@/lib/booking/schemas";

const signedOut: ActionState<never> = { ok: false, formError: "Sign in to change your cart." };

export async function changeTicketTypeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const parsed = changeTicketTypeSchema.safeParse({
    showtimeId: formData.get("showtimeId"),
    seatId: formData.get("seatId"),
    ticketTypeId: formData.get("ticketTypeId"),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await changeHeldTicketType({ ...parsed.data, userId: user.id });
  } catch (error) {
    return domainErrorState(error);
  }
  revalidatePath("/cart");
  return { ok: true, message: "Ticket type changed." };
}

export async function releaseSeatAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const parsed = cartSeatSchema.safeParse({ showtimeId: formData.get("showtimeId"), seatId: formData.get("seatId") });
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await releaseSeat({ ...parsed.data, userId: user.id });
  } catch (error) {
    return domainErrorState(error);
  }
  revalidatePath("/cart");
  return { ok: true, message: "Seat removed." };
}

export async function emptyCartAction(): Promise<ActionState> {
  const user = await getCurrentUser();
  if (!user) return signedOut;
  await emptyCart(user.id);
  revalidatePath("/cart");
  return { ok: true, message: "Your cart is empty." };
}
