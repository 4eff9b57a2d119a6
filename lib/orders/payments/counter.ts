import type { PaymentMethod } from "./types";

/**
 * Money taken at the box office counter, in cash or on the card terminal: the till has it already, so
 * the order is paid the moment it is placed. Only the box office's sale (lib/box-office/sale.ts, behind
 * the staff guard) uses these; online checkout never offers them.
 */
export const counterCash: PaymentMethod = {
  id: "counter_cash",
  label: "Cash at the counter",
  description: "Paid in cash at the box office.",
  async authorize() {
    return { status: "paid", payBy: null };
  },
};

export const counterCard: PaymentMethod = {
  id: "counter_card",
  label: "Card terminal at the counter",
  description: "Paid by card on the box office terminal.",
  async authorize() {
    return { status: "paid", payBy: null };
  },
};

export const counterPaymentMethods: PaymentMethod[] = [counterCash, counterCard];
