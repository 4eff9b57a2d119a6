import { getDb } from "@/db";
import { placeOrder, type PlaceOrderInput, type PlacedOrder } from "./checkout";
import { notifySafely, sendOrderConfirmation } from "./notifications";

/** The checkout action's one domain call: place the order, then (once committed) email the tickets. */
export async function checkoutCart(input: PlaceOrderInput): Promise<PlacedOrder> {
  const db = await getDb();
  const placed = await placeOrder(db, input);
  if (placed.created) await notifySafely("order confirmation", () => sendOrderConfirmation(db, placed.id));
  return placed;
}
