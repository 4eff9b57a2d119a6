import type { Tx } from "@/db";

/**
 * How an order is paid. Checkout asks the chosen method to authorise the order inside its
 * transaction and stores what it answers: settled now ("unpaid" to pay at the cinema, "paid" at the
 * counter), or awaiting a provider's hosted payment page until `expiresAt` (the order stays
 * `pending_payment` and its seats stay the customer's until the provider answers).
 */
export type PaymentRequest = {
  orderNumber: string;
  userId: string;
  amountMinor: number;
  currency: string;
  /** The earliest showtime start of the order. */
  firstShowtimeStartsAt: Date;
};

export type PaymentOutcome =
  | {
      status: "unpaid" | "paid";
      /** When an unpaid order must be paid by (at the latest). */
      payBy: Date | null;
    }
  | { status: "awaiting_provider"; expiresAt: Date };

export type PaymentMethod = {
  /** Stored on the order as `payment_method`. */
  id: string;
  /** What the customer is told, on the checkout page and in the email. */
  label: string;
  description: string;
  authorize(tx: Tx, request: PaymentRequest): Promise<PaymentOutcome>;
};
