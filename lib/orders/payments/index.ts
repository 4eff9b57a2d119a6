import { counterCard, counterCash } from "./counter";
import { payAtCinema } from "./pay-at-cinema";
import type { PaymentMethod } from "./types";

export type { PaymentMethod, PaymentOutcome, PaymentRequest } from "./types";

const methods: Record<string, PaymentMethod> = {
  [payAtCinema.id]: payAtCinema,
  [counterCash.id]: counterCash,
  [counterCard.id]: counterCard,
};

/** The method checkout uses today; a card provider would be chosen here (by configuration). */
export function defaultPaymentMethod(): PaymentMethod {
  return payAtCinema;
}

export function paymentMethodById(id: string): PaymentMethod | undefined {
  return methods[id];
}
