import "server-only";
import { z } from "zod";
import { orderStatus, paymentStatus, seatKind, showtimeStatus, ticketStatus } from "@/db/schema";
import type { OrderDetail } from "@/lib/orders/order-details";

/** How the API shows an order: its schema (for the OpenAPI document) and the mapping from the domain's read. */

const ticket = z.object({
  id: z.uuid(),
  status: z.enum(ticketStatus.enumValues),
  showtimeId: z.uuid(),
  seatId: z.uuid(),
  seat: z.object({ row: z.string(), number: z.int(), kind: z.enum(seatKind.enumValues) }),
  ticketType: z.object({ id: z.uuid(), name: z.string() }),
  price: z.int().describe("Minor units of the order's `currency`, booking fee excluded."),
  bookingFee: z.int(),
  refund: z.int().describe("What a cancellation of this ticket gave back (0 while it is valid)."),
  cancelledAt: z.iso.datetime().nullable(),
  showtime: z.object({
    startsAt: z.iso.datetime(),
    status: z.enum(showtimeStatus.enumValues),
    movieTitle: z.string(),
    cinemaName: z.string(),
    screenName: z.string(),
    format: z.string(),
  }),
});

export const orderSchema = z.object({
  id: z.uuid(),
  number: z.string().describe('The booking reference, e.g. "MQ-7K3F9Q".'),
  status: z.enum(orderStatus.enumValues),
  paymentStatus: z.enum(paymentStatus.enumValues),
  paymentMethod: z.string(),
  payBy: z.iso
    .datetime()
    .nullable()
    .describe("Unpaid seats are released after this: a pay-at-cinema reservation's deadline, or the end of a card payment's window (`pending_payment`)."),
  currency: z.string().length(3),
  subtotal: z.int(),
  bookingFee: z.int(),
  total: z.int().describe("Minor units of `currency`."),
  refunded: z.int(),
  createdAt: z.iso.datetime(),
  cancelledAt: z.iso.datetime().nullable(),
  items: z.array(ticket).describe("The tickets, one per seat."),
});

export type ApiOrder = z.input<typeof orderSchema>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function orderOf(order: OrderDetail): ApiOrder {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentStatus: order.paymentStatus,
    paymentMethod: order.paymentMethod,
    payBy: iso(order.status === "pending_payment" ? order.paymentExpiresAt : order.payBy),
    currency: order.currency,
    subtotal: order.subtotalMinor,
    bookingFee: order.bookingFeeMinor,
    total: order.totalMinor,
    refunded: order.refundedMinor,
    createdAt: order.createdAt.toISOString(),
    cancelledAt: iso(order.cancelledAt),
    items: order.showtimes.flatMap((showtime) =>
      showtime.tickets.map((t) => ({
        id: t.id,
        status: t.status,
        showtimeId: t.showtimeId,
        seatId: t.seatId,
        seat: { row: t.rowLabel, number: t.seatNumber, kind: t.seatKind },
        ticketType: { id: t.ticketTypeId, name: t.ticketTypeName },
        price: t.priceMinor,
        bookingFee: t.bookingFeeMinor,
        refund: t.refundMinor,
        cancelledAt: iso(t.cancelledAt),
        showtime: {
          startsAt: t.startsAt.toISOString(),
          status: t.showtimeStatus,
          movieTitle: t.movieTitle,
          cinemaName: t.cinemaName,
          screenName: t.screenName,
          format: t.formatName,
        },
      })),
    ),
  };
}

export const orderSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(orderStatus.enumValues),
  paymentStatus: z.enum(paymentStatus.enumValues),
  total: z.int(),
  currency: z.string().length(3),
  createdAt: z.iso.datetime(),
  firstShowtimeAt: z.iso.datetime().nullable(),
  movieTitles: z.array(z.string()),
  ticketCount: z.int(),
  customer: z.object({ email: z.string(), name: z.string() }).optional().describe("With `scope=all` (admins) only."),
});

export type ApiOrderSummary = z.input<typeof orderSummarySchema>;

type SummaryRow = {
  id: string;
  number: string;
  status: ApiOrderSummary["status"];
  paymentStatus: ApiOrderSummary["paymentStatus"];
  totalMinor: number;
  currency: string;
  createdAt: Date;
};

export function orderSummaryOf(
  row: SummaryRow,
  summary: { firstStartsAt: Date | null; movieTitles: string[]; ticketCount: number } | null,
  customer?: { email: string; name: string },
): ApiOrderSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    paymentStatus: row.paymentStatus,
    total: row.totalMinor,
    currency: row.currency,
    createdAt: row.createdAt.toISOString(),
    firstShowtimeAt: iso(summary?.firstStartsAt ?? null),
    movieTitles: summary?.movieTitles ?? [],
    ticketCount: summary?.ticketCount ?? 0,
    ...(customer ? { customer } : {}),
  };
}
