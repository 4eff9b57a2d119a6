"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/dal";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";
import { formatMoney } from "@/lib/money";
import { cancelAsAdmin, checkIn, markRefundedAsAdmin } from "@/lib/orders/order-actions";
import { adminOrderReasonSchema, checkInSchema } from "@/lib/orders/schemas";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";

/** Only the named fields: React and Next add their own entries to a submitted form. */
function fields(formData: FormData, names: string[]) {
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));
}

export async function adminCancelOrderAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const parsed = adminOrderReasonSchema.safeParse(fields(formData, ["orderId", "reason"]));
  if (!parsed.success) return invalidInput(parsed.error, { reason: String(formData.get("reason") ?? "") });
  try {
    const result = await cancelAsAdmin({ adminId: admin.id, ...parsed.data });
    revalidatePath("/admin/orders", "layout");
    return { ok: true, message: `Order cancelled; ${formatMoney(result.refundMinor, result.currency)} to refund if it was paid. The customer was emailed.` };
  } catch (error) {
    return domainErrorState(error, { reason: parsed.data.reason });
  }
}

export async function adminMarkRefundedAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const admin = await requireAdmin();
  const parsed = adminOrderReasonSchema.safeParse(fields(formData, ["orderId", "reason"]));
  if (!parsed.success) return invalidInput(parsed.error, { reason: String(formData.get("reason") ?? "") });
  try {
    const result = await markRefundedAsAdmin({ adminId: admin.id, ...parsed.data });
    revalidatePath("/admin/orders", "layout");
    return { ok: true, message: `Marked ${formatMoney(result.refundedMinor, result.currency)} as refunded. The customer was emailed.` };
  } catch (error) {
    return domainErrorState(error, { reason: parsed.data.reason });
  }
}

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

export async function checkInAction(_previous: ActionState<CheckInResult> | null, formData: FormData): Promise<ActionState<CheckInResult>> {
  const admin = await requireAdmin();
  const parsed = checkInSchema.safeParse(fields(formData, ["code"]));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const ticket = await checkIn({ adminId: admin.id, signedCode: parsed.data.code });
    return {
      ok: true,
      message: "Admitted",
      data: {
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
      },
    };
  } catch (error) {
    return domainErrorState(error, { code: parsed.data.code });
  }
}
