import { InvalidError } from "@/lib/errors";
import { cardPayment } from "./card";
import { counterCard, counterCash } from "./counter";
import { payAtCinema } from "./pay-at-cinema";
import { cardPaymentsEnabled } from "./stripe";
import type { PaymentMethod } from "./types";

export type { PaymentMethod, PaymentOutcome, PaymentRequest } from "./types";

const methods: Record<string, PaymentMethod> = {
  [payAtCinema.id]: payAtCinema,
  [cardPayment.id]: cardPayment,
  [counterCash.id]: counterCash,
  [counterCard.id]: counterCard,
};

/** The method an order is placed with when the caller names none (the JSON API, the tests). */
export function defaultPaymentMethod(): PaymentMethod {
  return payAtCinema;
}

export function paymentMethodById(id: string): PaymentMethod | undefined {
  return methods[id];
}

/**
 * What a customer may choose for a cart, card first: card when Stripe is configured, pay at the cinema
 * when every cinema of the cart allows it. The checkout page offers these and checkout enforces them.
 */
export function onlinePaymentMethods(cart: { payAtCinemaAllowed: boolean }): PaymentMethod[] {
  return [...(cardPaymentsEnabled() ? [cardPayment] : []), ...(cart.payAtCinemaAllowed ? [payAtCinema] : [])];
}

/** Refuses a method the cart may not use, with the reason on the form's `paymentMethod` field. */
export function assertOnlineMethodAllowed(method: PaymentMethod, cart: { payAtCinemaAllowed: boolean }) {
  if (onlinePaymentMethods(cart).some((allowed) => allowed.id === method.id)) return;
  const message =
    method.id === cardPayment.id
      ? "Card payment is not available right now. Choose another way to pay."
      : "This cinema takes payment online only. Choose Pay by card.";
  throw new InvalidError(message, { paymentMethod: [message] });
}
