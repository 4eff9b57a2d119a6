"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/dal";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { SeatsLostError } from "@/lib/orders/checkout";
import { placeOrder } from "@/lib/orders/place-order";
import { placeOrderSchema } from "@/lib/orders/schemas";

export async function placeOrderAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const user = await requireUser("/checkout");
  const parsed = placeOrderSchema.safeParse({
    idempotencyKey: formData.get("idempotencyKey"),
    expectedSeats: formData.getAll("expectedSeats"),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  let number: string;
  try {
    ({ number } = await placeOrder({ userId: user.id, ...parsed.data }));
  } catch (error) {
    // Show the cart as it is now (the lost seats gone, the rest kept) under the error.
    revalidatePath("/checkout");
    if (error instanceof SeatsLostError) {
      return { ok: false, formError: error.message, fieldErrors: { lostSeats: error.lostSeats.map((s) => s.label) } };
    }
    return domainErrorState(error);
  }
  revalidatePath("/account/orders");
  redirect(`/account/orders/${number}?placed=1`);
}
