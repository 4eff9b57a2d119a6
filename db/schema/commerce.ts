import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, instant, updatedAt } from "./columns";
import { users } from "./identity";
import { seats } from "./venues";
import { showtimes, ticketTypes } from "./scheduling";

/** One cart per customer; locking its row serialises that customer's cart changes. */
export const carts = pgTable("carts", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .unique("carts_user_id_key")
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * The one place a seat of a showtime is taken: either held in a cart until `held_until`, or sold
 * as a ticket. The primary key makes a double hold or double sale impossible; an expired hold is
 * simply not counted and is taken over by the next claim in the same statement (lib/booking/holds.ts).
 * The cart items are this table's held rows.
 */
export const seatClaims = pgTable(
  "seat_claims",
  {
    // Holds go with their showtime or seat; sold rows are protected by tickets' restrict below.
    showtimeId: uuid("showtime_id")
      .notNull()
      .references(() => showtimes.id, { onDelete: "cascade" }),
    seatId: uuid("seat_id")
      .notNull()
      .references(() => seats.id, { onDelete: "cascade" }),
    cartId: uuid("cart_id").references(() => carts.id, { onDelete: "cascade" }),
    heldUntil: instant("held_until"),
    ticketId: uuid("ticket_id").references(() => tickets.id, { onDelete: "cascade" }),
    ticketTypeId: uuid("ticket_type_id")
      .notNull()
      .references(() => ticketTypes.id, { onDelete: "restrict" }),
    /** The customer declared they need a wheelchair space (never asked for proof). */
    wheelchairDeclared: boolean("wheelchair_declared").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "seat_claims_pkey", columns: [t.showtimeId, t.seatId] }),
    index("seat_claims_cart_id_idx").on(t.cartId),
    uniqueIndex("seat_claims_ticket_id_key").on(t.ticketId),
    index("seat_claims_seat_id_idx").on(t.seatId),
    index("seat_claims_ticket_type_id_idx").on(t.ticketTypeId),
    check(
      "seat_claims_held_or_sold",
      sql`(${t.cartId} is not null and ${t.heldUntil} is not null and ${t.ticketId} is null)
       or (${t.cartId} is null and ${t.heldUntil} is null and ${t.ticketId} is not null)`,
    ),
  ],
);

/** A card order is `pending_payment` from checkout until the provider confirms the payment (or the session expires). */
export const orderStatus = pgEnum("order_status", ["pending_payment", "confirmed", "cancelled"]);
/** Where the order was placed: online by the customer, or at the counter by staff. */
export const salesChannel = pgEnum("sales_channel", ["online", "box_office"]);
export const paymentStatus = pgEnum("payment_status", ["unpaid", "paid", "refund_due", "refunded"]);

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human-readable, e.g. "MQ-7K3F9Q": printed on tickets and read out at the box office. */
    number: text("number").notNull(),
    // Orders are financial records: a user with orders is disabled, not deleted.
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: orderStatus("status").notNull().default("confirmed"),
    paymentStatus: paymentStatus("payment_status").notNull().default("unpaid"),
    /** Which lib/orders/payments implementation took the order, e.g. "pay_at_cinema". */
    paymentMethod: text("payment_method").notNull(),
    channel: salesChannel("channel").notNull().default("online"),
    payBy: instant("pay_by"),
    /** Card orders: the Stripe Checkout Session, when it stops accepting payment, and the payment it produced. */
    stripeCheckoutSessionId: text("stripe_checkout_session_id"),
    paymentExpiresAt: instant("payment_expires_at"),
    stripePaymentIntentId: text("stripe_payment_intent_id"),
    currency: text("currency").notNull(),
    subtotalMinor: integer("subtotal_minor").notNull(),
    bookingFeeMinor: integer("booking_fee_minor").notNull().default(0),
    totalMinor: integer("total_minor").notNull(),
    refundedMinor: integer("refunded_minor").notNull().default(0),
    /** Sent with the checkout form: a retried or double-clicked submit finds the same order. */
    idempotencyKey: text("idempotency_key").notNull(),
    cancelledAt: instant("cancelled_at"),
    cancelReason: text("cancel_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("orders_number_key").on(t.number),
    uniqueIndex("orders_user_id_idempotency_key_key").on(t.userId, t.idempotencyKey),
    index("orders_user_id_created_at_idx").on(t.userId, t.createdAt),
    // Read backwards: newest first with a unique tie-break, so the admin list finds a page's ids in the index alone.
    index("orders_created_at_id_idx").on(t.createdAt, t.id),
    index("orders_number_trgm_idx").using("gin", t.number.op("gin_trgm_ops")),
    uniqueIndex("orders_stripe_checkout_session_id_key").on(t.stripeCheckoutSessionId),
    // The reconciliation sweep's queue: only card orders still waiting for their payment.
    index("orders_payment_expires_at_idx").on(t.paymentExpiresAt).where(sql`${t.stripeCheckoutSessionId} is not null`),
    check("orders_amounts_nonnegative", sql`${t.subtotalMinor} >= 0 and ${t.bookingFeeMinor} >= 0 and ${t.refundedMinor} >= 0`),
    check("orders_total_adds_up", sql`${t.totalMinor} = ${t.subtotalMinor} + ${t.bookingFeeMinor}`),
    check("orders_currency_code", sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const ticketStatus = pgEnum("ticket_status", ["valid", "used", "cancelled"]);

export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    // Sold tickets pin their showtime, seat and type: none can be deleted under them.
    showtimeId: uuid("showtime_id")
      .notNull()
      .references(() => showtimes.id, { onDelete: "restrict" }),
    seatId: uuid("seat_id")
      .notNull()
      .references(() => seats.id, { onDelete: "restrict" }),
    ticketTypeId: uuid("ticket_type_id")
      .notNull()
      .references(() => ticketTypes.id, { onDelete: "restrict" }),
    priceMinor: integer("price_minor").notNull(),
    bookingFeeMinor: integer("booking_fee_minor").notNull().default(0),
    /** Random id signed by lib/orders/ticket-codes.ts; the QR code carries it with its signature. */
    code: text("code").notNull(),
    status: ticketStatus("status").notNull().default("valid"),
    usedAt: instant("used_at"),
    cancelledAt: instant("cancelled_at"),
    refundMinor: integer("refund_minor").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("tickets_code_key").on(t.code),
    // Second line of defence behind seat_claims: one live ticket per seat per showtime.
    uniqueIndex("tickets_live_seat_key")
      .on(t.showtimeId, t.seatId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("tickets_order_id_idx").on(t.orderId),
    // The live-seat index above is partial; this one serves every ticket of a showtime (reports, restrict checks).
    index("tickets_showtime_id_idx").on(t.showtimeId),
    index("tickets_seat_id_idx").on(t.seatId),
    index("tickets_ticket_type_id_idx").on(t.ticketTypeId),
    check("tickets_amounts_nonnegative", sql`${t.priceMinor} >= 0 and ${t.bookingFeeMinor} >= 0 and ${t.refundMinor} >= 0`),
  ],
);

export const orderChangeKind = pgEnum("order_change_kind", [
  "ticket_type_changed",
  "seat_moved",
  "ticket_cancelled",
  "order_cancelled",
  "refund_marked",
  "checked_in",
  "payment_marked",
  "reservation_released",
  "payment_received",
  "payment_expired",
]);

/** The history of an order after it was placed, with the price difference of each change. */
export const orderChanges = pgTable(
  "order_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    ticketId: uuid("ticket_id").references(() => tickets.id, { onDelete: "cascade" }),
    kind: orderChangeKind("kind").notNull(),
    priceDeltaMinor: integer("price_delta_minor").notNull().default(0),
    feeMinor: integer("fee_minor").notNull().default(0),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    reason: text("reason"),
    // Kept when the acting user is deleted.
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("order_changes_order_id_idx").on(t.orderId),
    index("order_changes_ticket_id_idx").on(t.ticketId),
    index("order_changes_actor_user_id_idx").on(t.actorUserId),
  ],
);

/** Each provider event is applied once: its id is recorded in the transaction that applies it. */
export const paymentEvents = pgTable(
  "payment_events",
  {
    provider: text("provider").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
    receivedAt: instant("received_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "payment_events_pkey", columns: [t.provider, t.eventId] }), index("payment_events_order_id_idx").on(t.orderId)],
);

export const refundStatus = pgEnum("refund_status", ["pending", "succeeded", "failed"]);

/**
 * A card refund owed to the customer, written in the same transaction as the cancellation that owes
 * it (one per order change, so a ticket cancelled once is refunded once) and then sent to the
 * provider with its id as the idempotency key (lib/payments/refunds.ts).
 */
export const paymentRefunds = pgTable(
  "payment_refunds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    orderChangeId: bigint("order_change_id", { mode: "number" }).references(() => orderChanges.id, { onDelete: "set null" }),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    status: refundStatus("status").notNull().default("pending"),
    stripeRefundId: text("stripe_refund_id"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull().default(sql`now()`),
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("payment_refunds_order_id_idx").on(t.orderId),
    uniqueIndex("payment_refunds_order_change_id_key").on(t.orderChangeId),
    index("payment_refunds_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    check("payment_refunds_amount_positive", sql`${t.amountMinor} > 0`),
  ],
);
