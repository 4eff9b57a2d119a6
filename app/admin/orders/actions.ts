"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { formatMoney } from "@/lib/money";
import { cancelAsAdmin, markPaidAsAdmin, markRefundedAsAdmin } from "@/lib/orders/order-actions";
import { adminOrderIdSchema, adminOrderReasonSchema } from "@/lib/orders/schemas";

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
