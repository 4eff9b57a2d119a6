"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { formatMoney } from "@/lib/money";
import { cancelAsAdmin, checkIn, markPaidAsAdmin, markRefundedAsAdmin } from "@/lib/orders/order-actions";
import { adminOrderIdSchema, adminOrderReasonSchema, checkInSchema } from "@/lib/orders/schemas";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";

function revalidateOrders() {
  revalidatePath("/admin/orders", "layout");
}

export const adminCancelOrderAction = defineFormStateAction({
  access: "admin",
  schema: adminOrderReasonSchema,
  handler: (input, admin) => cancelAsAdmin({ adminId: admin.id, ...input }),
  revalidate: revalidateOrders,
  message: (result) =>
    `Order cancelled; ${formatMoney(result.refundMinor, result.currency)} to refund if it was paid. The customer was emailed.`,
});

export const adminMarkRefundedAction = defineFormStateAction({
  access: "admin",
  schema: adminOrderReasonSchema,
  handler: (input, admin) => markRefundedAsAdmin({ adminId: admin.id, ...input }),
  revalidate: revalidateOrders,
  message: (result) => `Marked ${formatMoney(result.refundedMinor, result.currency)} as refunded. The customer was emailed.`,
});

export const adminMarkPaidAction = defineFormStateAction({
  access: "admin",
  schema: adminOrderIdSchema,
  handler: (input, admin) => markPaidAsAdmin({ adminId: admin.id, orderId: input.orderId }),
  revalidate: revalidateOrders,
  message: (result) => `Marked ${formatMoney(result.amountMinor, result.currency)} as paid at the box office. These seats will not be released.`,
});

export type CheckInResult = {
  seat: string;
  movieTitle: string;
  startsAt: string;
  place: string;
  ticketType: string;
  idMayBeChecked: boolean;
  orderNumber: string;
  unpaidLabel: string | null;
};

export const checkInAction = defineFormStateAction({
  access: "admin",
  schema: checkInSchema,
  handler: (input, admin) => checkIn({ adminId: admin.id, signedCode: input.code }),
  data: (ticket): CheckInResult => ({
    seat: seatLabel(ticket.rowLabel, ticket.seatNumber),
    movieTitle: ticket.movieTitle,
    startsAt: formatShowDateTime(ticket.startsAt, ticket.timeZone),
    place: `${ticket.cinemaName}, ${ticket.screenName}`,
    ticketType: ticket.ticketTypeName,
    idMayBeChecked: ticket.idMayBeChecked,
    orderNumber: ticket.orderNumber,
    unpaidLabel:
      ticket.paymentStatus === "unpaid"
        ? `Not paid yet: ${formatMoney(ticket.totalMinor, ticket.currency)} is due for the whole order ${ticket.orderNumber}.`
        : null,
  }),
  message: "Admitted",
});
