import "server-only";
import { getDb } from "@/db";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { checkoutCart, type CheckoutInput, type PlacedOrder } from "./checkout";
import { notifySafely, sendOrderConfirmation } from "./notifications";

/**
 * The checkout's one domain call: turn the cart into an order, then (once committed) email the tickets.
 * A card order's tickets are emailed when Stripe confirms the payment (payments/card-events.ts).
 */
export async function placeOrder(input: CheckoutInput): Promise<PlacedOrder> {
  await consumeRateLimit("checkoutsUser", input.userId);
  const db = await getDb();
  const placed = await checkoutCart(db, input);
  if (placed.created && placed.status === "confirmed") await notifySafely("order confirmation", () => sendOrderConfirmation(db, placed.id));
  return placed;
}
