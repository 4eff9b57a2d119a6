import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db";
import type { SessionUser } from "@/lib/auth/sessions";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/errors";
import { searchOrders } from "@/lib/orders/admin-queries";
import { PastCutoffError } from "@/lib/orders/changes";
import { SeatsLostError } from "@/lib/orders/checkout";
import { abandonOwnCardPayment, cancelOwn, changeOwnTicketType, moveOwnTicket, reopenCardPayment } from "@/lib/orders/order-actions";
import { paymentMethodById } from "@/lib/orders/payments";
import { loadOrderById } from "@/lib/orders/order-details";
import { placeOrder } from "@/lib/orders/place-order";
import { listOrdersForUser } from "@/lib/orders/queries";
import { cancelTicketsSchema, changeTicketTypeSchema, moveTicketSchema, orderStatusFilter, paymentStatusFilter, placeOrderSchema } from "@/lib/orders/schemas";
import { defineEndpoint } from "../endpoint";
import { ApiRefusal } from "../errors";
import { pageOf, pageQuery, paginate } from "../pagination";
import { type ApiOrder, orderOf, orderSchema, orderSummaryOf, orderSummarySchema } from "./order-shape";

/** Orders: checking the cart out, and what a customer may do to an order afterwards (lib/orders). */
const tag = "Orders";

const idParams = z.object({ id: z.uuid() });

/** The caller's own order, or (for reads) any order for an admin; anyone else's reads as not found. */
async function findOrder(caller: SessionUser, id: string, { adminMayRead = false } = {}) {
  const order = await loadOrderById(await getDb(), id);
  if (!order || (order.userId !== caller.id && !(adminMayRead && caller.role === "admin"))) throw new NotFoundError("Order not found.");
  return order;
}

async function reload(id: string) {
  const order = await loadOrderById(await getDb(), id);
  if (!order) throw new NotFoundError("Order not found.");
  return orderOf(order);
}

/** The policy's cut-off is a conflict with the showtime's time for the API (the forms show it as a refusal). */
async function beforeCutoff<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof PastCutoffError) throw new ApiRefusal(409, error.code, error.message);
    throw error;
  }
}

const listQuery = pageQuery.extend({
  scope: z.enum(["mine", "all"]).default("mine").describe("`all`: every customer's orders, newest first (admins only)."),
  status: orderStatusFilter.optional(),
  payment: paymentStatusFilter.optional(),
});

export const listOrders = defineEndpoint({
  method: "GET",
  path: "/api/v1/orders",
  operationId: "listOrders",
  tag,
  summary: "Your orders (admins: everyone's with scope=all)",
  description: "Your own: upcoming showtimes first (soonest first), then past ones (newest first). `scope=all` from a customer is 403.",
  access: "signed-in",
  input: listQuery,
  response: { status: 200, description: "One page of orders.", schema: pageOf(orderSummarySchema) },
  problems: [403],
  handler: async ({ caller, input }) => {
    const { page, pageSize } = input;
    if (input.scope === "all") {
      if (caller.role !== "admin") throw new ForbiddenError("Only staff can list every customer's orders.");
      const found = await searchOrders({ page, status: input.status, payment: input.payment }, { pageSize });
      const data = found.rows.map((row) => orderSummaryOf(row, row.summary, { email: row.email, name: row.name }));
      return { data, page, pageSize, total: found.total };
    }
    const { upcoming, past } = await listOrdersForUser(caller.id);
    const rows = [...upcoming, ...past].filter(
      (row) => (!input.status || row.status === input.status) && (!input.payment || row.paymentStatus === input.payment),
    );
    return paginate(
      rows.map((row) => orderSummaryOf(row, { firstStartsAt: row.firstStartsAt, movieTitles: row.movieTitles, ticketCount: row.ticketCount })),
      { page, pageSize },
    );
  },
});

/** Repeats of an idempotent checkout: answered 200 instead of 201 (the body is the same order either way). */
const repeats = new WeakSet<object>();

const idempotencyKey = placeOrderSchema.shape.idempotencyKey;

const orderWithCheckoutSchema = orderSchema.extend({
  checkoutUrl: z
    .url()
    .nullable()
    .describe("For an order awaiting its card payment: Stripe's page to pay on. null otherwise, or when Stripe could not be reached (ask `POST /api/v1/orders/{id}/payment` again)."),
});

export const createOrder = defineEndpoint({
  method: "POST",
  path: "/api/v1/orders",
  operationId: "createOrder",
  tag,
  summary: "Check out the whole cart",
  description:
    "Send an `Idempotency-Key` header (a UUID you generate per checkout): a repeat with the same key returns the same order with 200 " +
    "instead of booking again. Without the header the server makes a key, so a retry books again. `expectedItems` (the cart item ids " +
    "you showed the customer) turns seats that are no longer held into 409 `seats_lost` (`errors.lostSeats` names them) and seats " +
    "added since into a 409; without it whatever is held now is booked. An empty cart is 422. `paymentMethod` `card` places the " +
    "order `pending_payment` with its seats sold to it, and answers `checkoutUrl`, Stripe's hosted page to send the customer to; " +
    "the order is confirmed (and the tickets emailed) when Stripe tells the server it was paid, or cancelled when the payment " +
    "window (`payBy`) ends. `pay_at_cinema`, where every cinema of the cart allows it, is confirmed at once; a method the cart " +
    "may not use is 422 on `paymentMethod`.",
  access: "signed-in",
  input: z
    .object({
      expectedItems: placeOrderSchema.shape.expectedSeats.optional().describe("Cart item ids, `<showtimeId>:<seatId>`."),
      paymentMethod: placeOrderSchema.shape.paymentMethod.default("pay_at_cinema").describe("`card` (Stripe Checkout) or `pay_at_cinema`."),
    })
    .strict(),
  response: {
    status: 201,
    description: "The new order.",
    schema: orderWithCheckoutSchema,
    alternate: { status: 200, description: "A repeat: the order this Idempotency-Key already placed." },
  },
  problems: [409],
  statusOf: (order) => (repeats.has(order) ? 200 : 201),
  handler: async ({ caller, input, request }) => {
    const header = request.headers.get("idempotency-key");
    const key = header === null ? randomUUID() : idempotencyKey.safeParse(header.trim());
    if (typeof key !== "string" && !key.success) {
      throw new InvalidError("The Idempotency-Key header must be a UUID.", { "Idempotency-Key": ["Send a UUID, e.g. from crypto.randomUUID()."] });
    }
    let placed;
    try {
      placed = await placeOrder({
        userId: caller.id,
        idempotencyKey: typeof key === "string" ? key : key.data.toLowerCase(),
        expectedSeats: input.expectedItems?.map((item) => item.toLowerCase()),
        paymentMethod: paymentMethodById(input.paymentMethod),
      });
    } catch (error) {
      if (error instanceof SeatsLostError) throw new SeatsLostRefusal(error.message, { lostSeats: error.lostSeats.map((s) => s.label) });
      throw error;
    }
    const order = await reload(placed.id);
    const checkoutUrl = order.status === "pending_payment" ? await checkoutUrlIfReachable(caller, order) : null;
    // A repeat may find the payment page paid or expired meanwhile: answer the order as that left it.
    const answer = { ...(checkoutUrl === null && order.status === "pending_payment" ? await reload(placed.id) : order), checkoutUrl };
    if (!placed.created) repeats.add(answer);
    return answer;
  },
});

/**
 * The order is placed either way: Stripe out of reach leaves it to a later `POST .../payment`, and a
 * repeat whose page was paid or expired meanwhile (InvalidError) still gets its order back, with no page.
 */
async function checkoutUrlIfReachable(caller: SessionUser, order: ApiOrder) {
  try {
    return await reopenCardPayment({ userId: caller.id, orderNumber: order.number });
  } catch (error) {
    if (error instanceof ConflictError || error instanceof InvalidError) return null;
    throw error;
  }
}

export const payOrder = defineEndpoint({
  method: "POST",
  path: "/api/v1/orders/{id}/payment",
  operationId: "payOrder",
  tag,
  summary: "Open (or reopen) the card payment page of an order awaiting payment",
  description:
    "The same Stripe Checkout page until it is paid or the payment window ends. An order already paid or cancelled is 422; " +
    "Stripe out of reach is 409 (the seats stay the order's; try again).",
  access: "signed-in",
  params: idParams,
  response: { status: 200, description: "Where to pay, and the order.", schema: z.object({ checkoutUrl: z.url(), order: orderSchema }) },
  problems: [409],
  handler: async ({ caller, params }) => {
    const order = await findOrder(caller, params.id);
    const checkoutUrl = await reopenCardPayment({ userId: caller.id, orderNumber: order.number });
    return { checkoutUrl, order: await reload(order.id) };
  },
});

/** Lost seats as the checkout form shows them (errors.lostSeats), with a code to branch on. */
class SeatsLostRefusal extends ConflictError {
  override readonly code = "seats_lost";
}

export const getOrder = defineEndpoint({
  method: "GET",
  path: "/api/v1/orders/{id}",
  operationId: "getOrder",
  tag,
  summary: "One of your orders",
  description: "Another customer's order is 404; admins may read any.",
  access: "signed-in",
  params: idParams,
  response: { status: 200, description: "The order with its tickets.", schema: orderSchema },
  handler: async ({ caller, params }) => orderOf(await findOrder(caller, params.id, { adminMayRead: true })),
});

const changeRequest = z
  .object({
    ticketId: changeTicketTypeSchema.shape.ticketId,
    ticketTypeId: changeTicketTypeSchema.shape.ticketTypeId.optional().describe("Change the ticket's type to this one."),
    seatId: moveTicketSchema.shape.seatId.optional().describe("Move the ticket to this free seat of its showtime."),
  })
  .strict()
  .refine((body) => (body.ticketTypeId === undefined) !== (body.seatId === undefined), {
    message: "Send either ticketTypeId or seatId (one change at a time).",
    path: ["ticketTypeId"],
  });

const changeResult = z.object({
  priceDelta: z.int().describe("What the change added to (or, negative, took off) the order total, in minor units."),
  currency: z.string().length(3),
  order: orderSchema,
});

export const changeOrder = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/orders/{id}",
  operationId: "changeOrder",
  tag,
  summary: "Change a ticket's type or seat",
  description: "`{ ticketId, ticketTypeId }` or `{ ticketId, seatId }`, before the policy's cut-off (after it: 409 `past_cutoff`). A seat just taken is 409.",
  access: "signed-in",
  params: idParams,
  input: changeRequest,
  response: { status: 200, description: "The change's price difference and the order as it is now.", schema: changeResult },
  problems: [409],
  handler: async ({ caller, params, input }) => {
    const order = await findOrder(caller, params.id);
    const actor = { userId: caller.id, orderNumber: order.number };
    const { ticketId, ticketTypeId, seatId } = input;
    const result = await beforeCutoff(() => {
      if (ticketTypeId !== undefined) return changeOwnTicketType(actor, { ticketId, ticketTypeId });
      if (seatId !== undefined) return moveOwnTicket(actor, { ticketId, seatId });
      throw new Error("unreachable: the schema asks for one of the two");
    });
    return { priceDelta: result.priceDeltaMinor, currency: result.currency, order: await reload(order.id) };
  },
});

const cancelQuery = z.object({
  ticketIds: z
    .string()
    .transform((value) => value.split(",").map((id) => id.trim()).filter(Boolean))
    .pipe(cancelTicketsSchema.shape.ticketIds.unwrap().min(1, "Name at least one ticket."))
    .optional()
    .describe("Comma-separated ticket ids to cancel only those; without it, the whole order."),
});

const cancelResult = z.object({
  refund: z.int().describe("What goes back to the customer under the refund policy, in minor units."),
  currency: z.string().length(3),
  cancelledTicketIds: z.array(z.uuid()),
  wholeOrder: z.boolean(),
  order: orderSchema,
});

export const cancelOrder = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/orders/{id}",
  operationId: "cancelOrder",
  tag,
  summary: "Cancel an order (or some of its tickets) under the refund policy",
  description:
    "Before the policy's cut-off only (after it: 409 `past_cutoff`). The confirmation email is the web's. An order awaiting its card " +
    "payment is cancelled whole (nothing was charged; `ticketIds` is then 422).",
  access: "signed-in",
  params: idParams,
  input: cancelQuery,
  response: { status: 200, description: "The refund and the order as it is now.", schema: cancelResult },
  problems: [409],
  handler: async ({ caller, params, input }) => {
    const order = await findOrder(caller, params.id);
    if (order.status === "pending_payment") return abandonPayment(caller, order, input.ticketIds);
    const result = await beforeCutoff(() => cancelOwn({ userId: caller.id, orderNumber: order.number }, { ticketIds: input.ticketIds }));
    return {
      refund: result.refundMinor,
      currency: result.currency,
      cancelledTicketIds: result.ticketIds,
      wholeOrder: result.wholeOrder,
      order: await reload(order.id),
    };
  },
});

/** Giving up a card payment before paying: the session is expired at Stripe, then the order cancelled. */
async function abandonPayment(caller: SessionUser, order: { id: string; number: string }, ticketIds: string[] | undefined) {
  if (ticketIds) throw new InvalidError("An order awaiting its card payment is cancelled whole.", { ticketIds: ["Leave ticketIds out to cancel the whole order."] });
  await abandonOwnCardPayment({ userId: caller.id, orderNumber: order.number });
  const cancelled = await reload(order.id);
  return { refund: 0, currency: cancelled.currency, cancelledTicketIds: cancelled.items.map((item) => item.id), wholeOrder: true, order: cancelled };
}

// The web's order actions revalidate only the customer's own dynamic pages; nothing shared is cached.
export const orderEndpoints = [listOrders, createOrder, getOrder, changeOrder, cancelOrder, payOrder];
