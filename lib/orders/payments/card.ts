import { now } from "@/lib/clock";
import type { PaymentMethod } from "./types";

/**
 * Stripe Checkout's smallest allowed lifetime. The seats stay sold to the order for all of it (and until
 * Stripe says the session expired), so a customer who is paying never loses them.
 */
export const CARD_PAYMENT_WINDOW_MS = 30 * 60_000;

/** Paid on Stripe's hosted page: no card data touches our servers. */
export const cardPayment: PaymentMethod = {
  id: "card",
  label: "Pay by card",
  description: "Pay now on Stripe's secure page. Your tickets are emailed as soon as the payment goes through.",
  async authorize() {
    return { status: "awaiting_provider", expiresAt: new Date(now().getTime() + CARD_PAYMENT_WINDOW_MS) };
  },
};
