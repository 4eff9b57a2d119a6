import { z } from "zod";
import { ORDER_NUMBER_PATTERN } from "./order-number";

/** The inputs of every order form and action; the server parses each with these. */
export const orderNumberSchema = z.string().trim().toUpperCase().regex(ORDER_NUMBER_PATTERN, "Not an order number.");

const claimKeySchema = z.string().regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i, "Unknown seat.");

export const placeOrderSchema = z
  .object({
    idempotencyKey: z.uuid("Reload the page and try again."),
    expectedSeats: z.array(claimKeySchema).max(50),
    paymentMethod: z.enum(["card", "pay_at_cinema"], "Choose how to pay."),
  })
  .strict();

export const orderPaymentSchema = z.object({ orderNumber: orderNumberSchema }).strict();

export const changeTicketTypeSchema = z
  .object({ orderNumber: orderNumberSchema, ticketId: z.uuid("Unknown ticket."), ticketTypeId: z.uuid("Choose a ticket type.") })
  .strict();

export const moveTicketSchema = z
  .object({ orderNumber: orderNumberSchema, ticketId: z.uuid("Unknown ticket."), seatId: z.uuid("Choose a seat.") })
  .strict();

export const cancelTicketsSchema = z
  .object({ orderNumber: orderNumberSchema, ticketIds: z.array(z.uuid("Unknown ticket.")).max(50).optional() })
  .strict();

export const adminOrderReasonSchema = z
  .object({
    orderId: z.uuid("Unknown order."),
    reason: z.string().trim().min(3, "Give a reason (the customer sees it).").max(500, "Keep the reason under 500 characters."),
  })
  .strict();

export const adminOrderIdSchema = z.object({ orderId: z.uuid("Unknown order.") }).strict();

export const checkInSchema = z
  .object({ code: z.string().trim().min(1, "Scan or type a ticket code.").max(200, "That is not a ticket code.") })
  .strict();

export const orderStatusFilter = z.enum(["pending_payment", "confirmed", "cancelled"]);
export const paymentStatusFilter = z.enum(["unpaid", "paid", "refund_due", "refunded"]);

/** Admin order search; bad values fall back to "no filter" so a hand-edited URL still shows a list. */
export const adminOrderSearchSchema = z.object({
  number: z.string().trim().max(20).optional().catch(undefined),
  email: z.string().trim().max(200).optional().catch(undefined),
  movie: z.string().trim().max(200).optional().catch(undefined),
  showtime: z.uuid().optional().catch(undefined),
  date: z.iso.date().optional().catch(undefined),
  status: orderStatusFilter.optional().catch(undefined),
  payment: paymentStatusFilter.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type AdminOrderSearch = z.infer<typeof adminOrderSearchSchema>;
