import type { Tx } from "@/db";

/**
 * How an order is paid. Checkout asks the configured method to authorise the order inside its
 * transaction and stores what it answers; a card provider is another implementation of this type
 * (authorise with the provider, answer "paid" or throw a DomainError), with no change to checkout.
 */
export type PaymentRequest = {
  orderNumber: string;
  userId: string;
  amountMinor: number;
  currency: string;
  /** The earliest showtime start of the order. */
  firstShowtimeStartsAt: Date;
};

export type PaymentOutcome = {
  status: "unpaid" | "paid";
  /** When an unpaid order must be paid by (at the latest). */
  payBy: Date | null;
};

export type PaymentMethod = {
  /** Stored on the order as `payment_method`. */
  id: string;
  /** What the customer is told, on the checkout page and in the email. */
  label: string;
  description: string;
  authorize(tx: Tx, request: PaymentRequest): Promise<PaymentOutcome>;
};
