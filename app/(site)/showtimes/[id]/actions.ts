"use server";

import { revalidatePath } from "next/cache";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { getCurrentUser } from "@/lib/auth/dal";
import { holdSeats } from "@/lib/booking/holds";
import { holdSeatsSchema } from "@/lib/booking/schemas";

/** "Add to cart" on the seat map: holds the chosen seats for this customer. */
export async function addToCartAction(input: unknown): Promise<ActionState<{ heldUntil: string }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, formError: "Sign in to add seats to your cart." };
  const parsed = holdSeatsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const result = await holdSeats({ ...parsed.data, userId: user.id });
    revalidatePath("/cart");
    return { ok: true, data: { heldUntil: result.heldUntil.toISOString() } };
  } catch (error) {
    return domainErrorState(error);
  }
}
