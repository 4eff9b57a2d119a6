import "server-only";
import { createElement } from "react";
import type { Db } from "@/db";
import { env } from "@/lib/env";
import { sendEmail, type EmailAttachment } from "@/lib/email/send";
import OrderConfirmation from "@/emails/order-confirmation";
import OrderCancellation from "@/emails/order-cancellation";
import OrderRefund from "@/emails/order-refund";
import { log } from "@/lib/log/logger";
import { calendarFileName, showtimeCalendarFile } from "./calendar";
import { loadOrderById } from "./order-details";
import { paymentMethodById } from "./payments";
import { describePolicy } from "./policy";
import { loadBookingPolicy } from "./pricing-inputs";
import { signTicketCode } from "./ticket-codes";
import { ticketQrPng } from "./ticket-qr";

/**
 * The order emails. They are sent after the order's transaction commits; sendEmail stores each
 * message before delivery, so a mail outage never undoes or fails a booking.
 */
export function orderUrl(number: string) {
  return `${env.APP_URL}/account/orders/${number}`;
}

/** A hosted QR image (the route verifies the signature and draws it): mail clients block data: URLs. */
export function ticketQrImageUrl(code: string) {
  return `${env.APP_URL}/api/orders/qr/${signTicketCode(code)}`;
}

export async function sendOrderConfirmation(db: Db, orderId: string) {
  const order = await loadOrderById(db, orderId);
  if (!order) throw new Error(`order ${orderId} vanished before its confirmation`);
  const policy = await loadBookingPolicy(db);
  const liveTickets = order.showtimes.flatMap((s) => s.tickets);
  const qrUrls = Object.fromEntries(liveTickets.map((t) => [t.id, ticketQrImageUrl(t.code)]));
  const qrAttachments: EmailAttachment[] = await Promise.all(
    liveTickets.map(async (t) => ({
      filename: `ticket-${order.number}-row-${t.rowLabel}-seat-${t.seatNumber}.png`,
      contentType: "image/png",
      content: await ticketQrPng(t.code),
    })),
  );
  const calendarAttachments: EmailAttachment[] = order.showtimes.map((showtime) => ({
    filename: calendarFileName(order.number, showtime),
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    content: showtimeCalendarFile(order.number, showtime, env.APP_URL),
  }));
  const method = paymentMethodById(order.paymentMethod);
  await sendEmail({
    to: order.customerEmail,
    subject: `Your Marquee tickets — order ${order.number}`,
    template: "order-confirmation",
    react: createElement(OrderConfirmation, {
      order,
      orderUrl: orderUrl(order.number),
      qrUrls,
      policyText: describePolicy(policy),
      paymentText: order.paymentStatus === "paid" ? `Paid${method?.id === "card" ? " by card" : ""}. Show the QR codes at the door.` : (method?.description ?? ""),
    }),
    attachments: [...qrAttachments, ...calendarAttachments],
  });
}

export async function sendCancellationEmail(
  db: Db,
  orderId: string,
  change: { ticketIds: string[]; refundMinor: number; wholeOrder: boolean; reason?: string | null },
) {
  const order = await loadOrderById(db, orderId);
  if (!order) throw new Error(`order ${orderId} vanished before its cancellation email`);
  const subject = change.wholeOrder
    ? `Order ${order.number} is cancelled`
    : `Tickets cancelled — order ${order.number}`;
  await sendEmail({
    to: order.customerEmail,
    subject,
    template: "order-cancellation",
    react: createElement(OrderCancellation, { order, orderUrl: orderUrl(order.number), ...change }),
  });
}

export async function sendRefundEmail(db: Db, orderId: string, change: { refundedMinor: number; reason: string }) {
  const order = await loadOrderById(db, orderId);
  if (!order) throw new Error(`order ${orderId} vanished before its refund email`);
  await sendEmail({
    to: order.customerEmail,
    subject: `Refund for order ${order.number}`,
    template: "order-refund",
    react: createElement(OrderRefund, {
      name: order.customerName,
      number: order.number,
      currency: order.currency,
      orderUrl: orderUrl(order.number),
      ...change,
    }),
  });
}

/** Emails must never turn a committed change into an error page; the outbox retries delivery. */
export async function notifySafely(what: string, send: () => Promise<unknown>) {
  try {
    await send();
  } catch (error) {
    log.error({ err: error, kind: what }, "orders: an order email could not be queued");
  }
}

