"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormStateAction } from "@/lib/actions/define-action";
import { noInput } from "@/lib/actions/operation";
import { holdSeatsSchema } from "@/lib/booking/schemas";
import { checkInAtTheDoor, markPaidAtTheDesk, releaseTheCounterHolds, sellAtTheCounter } from "@/lib/box-office/box-office-actions";
import { holdForCounter } from "@/lib/box-office/sale";
import { counterSaleSchema, deskOrderNumberSchema } from "@/lib/box-office/schemas";
import { checkInSchema } from "@/lib/orders/schemas";
import { ConflictError } from "@/lib/errors";
import { SeatsLostError } from "@/lib/orders/checkout";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";

/** The box office's actions: every one is "staff" access (staff or admin), checked by the pipeline's guard. */

function revalidateBoxOffice() {
  revalidatePath("/box-office", "layout");
}

/** The seat map's "Continue to payment": holds the seats in the staff member's own cart. */
export const holdForCounterAction = defineAction({
  access: "staff",
  schema: holdSeatsSchema,
  handler: (input, staff) => holdForCounter(staff.id, input),
  data: (held) => ({ heldUntil: held.heldUntil.toISOString() }),
  revalidate: revalidateBoxOffice,
});

export const releaseCounterHoldsAction = defineFormStateAction({
  access: "staff",
  schema: noInput,
  handler: (_input, staff) => releaseTheCounterHolds(staff.id),
  revalidate: revalidateBoxOffice,
  message: "The seats are back on sale.",
});

export const sellAtCounterAction = defineFormStateAction({
  access: "staff",
  schema: counterSaleSchema,
  handler: async (input, staff) => {
    try {
      return await sellAtTheCounter(staff.id, input);
    } catch (error) {
      revalidatePath("/box-office/sale");
      if (error instanceof SeatsLostError) throw new ConflictError(error.message, { lostSeats: error.lostSeats.map((s) => s.label) });
      throw error;
    }
  },
  revalidate: revalidateBoxOffice,
  redirectTo: ({ number }) => `/box-office/orders/${number}?sold=1`,
});

export const markPaidAtDeskAction = defineFormStateAction({
  access: "staff",
  schema: deskOrderNumberSchema,
  handler: (input, staff) => markPaidAtTheDesk(staff.id, input.orderNumber),
  revalidate: () => {
    revalidateBoxOffice();
    revalidatePath("/admin/orders", "layout");
  },
  data: (result) => ({ number: result.number }),
  message: (result) => `Order ${result.number} is paid: ${formatMoney(result.amountMinor, result.currency)} taken at the box office.`,
});

export type DoorCheckInResult = {
  seat: string;
  movieTitle: string;
  startsAt: string;
  place: string;
  ticketType: string;
  idMayBeChecked: boolean;
  orderNumber: string;
  /** Set when the order is still a pay-at-cinema reservation: the amount due for the whole order. */
  amountDue: string | null;
};

export const checkInAtDoorAction = defineFormStateAction({
  access: "staff",
  schema: checkInSchema,
  handler: (input, staff) => checkInAtTheDoor(staff.id, input.code),
  data: (ticket): DoorCheckInResult => ({
    seat: seatLabel(ticket.rowLabel, ticket.seatNumber),
    movieTitle: ticket.movieTitle,
    startsAt: formatShowDateTime(ticket.startsAt, ticket.timeZone),
    place: `${ticket.cinemaName}, ${ticket.screenName}`,
    ticketType: ticket.ticketTypeName,
    idMayBeChecked: ticket.idMayBeChecked,
    orderNumber: ticket.orderNumber,
    amountDue: ticket.paymentStatus === "unpaid" ? formatMoney(ticket.totalMinor, ticket.currency) : null,
  }),
  message: "Admitted",
});
