import { z } from "zod";
import { orderNumberSchema, placeOrderSchema } from "@/lib/orders/schemas";

/** The box office's inputs, shared by its forms and server actions. */

export const COUNTER_PAYMENT_METHOD_IDS = ["counter_cash", "counter_card"] as const;

/** A counter sale: the staff member's held seats, as they saw them priced, paid in cash or by card terminal. */
export const counterSaleSchema = placeOrderSchema
  .extend({ paymentMethod: z.enum(COUNTER_PAYMENT_METHOD_IDS, "Choose cash or card terminal.") })
  .strict();
export type CounterSaleInput = z.infer<typeof counterSaleSchema>;

/** "Mark paid" at the desk: a pay-at-cinema order found by its number (as printed, any case). */
export const deskOrderNumberSchema = z.object({ orderNumber: orderNumberSchema }).strict();

/** `?cinema=` on the box office home: a cinema's slug, or nothing (then the first cinema is shown). */
export const cinemaQuerySchema = z.object({ cinema: z.string().trim().max(200).optional().catch(undefined) });
