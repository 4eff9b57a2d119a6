import { orders } from "@/db/schema";

/** An order as the order lists show it (the customer's and the admin's). */
export const orderSummaryColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  paymentStatus: orders.paymentStatus,
  totalMinor: orders.totalMinor,
  currency: orders.currency,
  createdAt: orders.createdAt,
};
