import "server-only";
import { getDb } from "@/db";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { checkoutCart, type CheckoutInput, type PlacedOrder } from "./checkout";
import { notifySafely, sendOrderConfirmation } from "./notifications";

/** The checkout action's one domain call: turn the cart into an order, then (once committed) email the tickets. */
export async function placeOrder(input: CheckoutInput): Promise<PlacedOrder> {
  await consumeRateLimit("checkoutsUser", input.userId);
  const db = await getDb();
  const placed = await checkoutCart(db, input);
  if (placed.created) await notifySafely("order confirmation", () => sendOrderConfirmation(db, placed.id));
  return placed;
}
