import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { bookingPolicy, formats, seatKindSurcharges, ticketTypes } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isConstraintViolation } from "@/lib/postgres/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { forgetReferenceData } from "./reference-data";
import type { BookingPolicyInput, FormatInput, SeatSurchargesInput, TicketTypeInput } from "./schemas";

const codeTaken = (what: string) => new ConflictError(`Another ${what} has that code.`, { code: [`Another ${what} has that code.`] });

export async function saveFormat(actorUserId: string, input: FormatInput) {
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const values = { code: input.code, name: input.name, videoFormat: input.videoFormat, surchargeMinor: input.surcharge, sortOrder: input.sortOrder };
      const [row] = input.id
        ? await tx.update(formats).set(values).where(eq(formats.id, input.id)).returning({ id: formats.id })
        : await tx.insert(formats).values(values).returning({ id: formats.id });
      if (!row) throw new NotFoundError("That format no longer exists.");
      await recordAudit(tx, { actorUserId, action: input.id ? "format.updated" : "format.created", entityType: "format", entityId: row.id, details: values });
      return row;
    })
    .catch((error: unknown) => {
      if (isConstraintViolation(error, "formats_code_key")) throw codeTaken("format");
      throw error;
    });
}

export async function saveTicketType(actorUserId: string, input: TicketTypeInput) {
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const values = {
        code: input.code,
        name: input.name,
        priceRule: input.priceRule,
        amountMinor: input.amount,
        percent: input.percent,
        ageNote: input.ageNote,
        idMayBeChecked: input.idMayBeChecked,
        isDiscount: input.isDiscount,
        active: input.active,
        sortOrder: input.sortOrder,
      };
      const [row] = input.id
        ? await tx.update(ticketTypes).set(values).where(eq(ticketTypes.id, input.id)).returning({ id: ticketTypes.id })
        : await tx.insert(ticketTypes).values(values).returning({ id: ticketTypes.id });
      if (!row) throw new NotFoundError("That ticket type no longer exists.");
      await recordAudit(tx, { actorUserId, action: input.id ? "ticket_type.updated" : "ticket_type.created", entityType: "ticket_type", entityId: row.id, details: values });
      return row;
    })
    .catch((error: unknown) => {
      if (isConstraintViolation(error, "ticket_types_code_key")) throw codeTaken("ticket type");
      throw error;
    })
    .finally(forgetReferenceData);
}

export async function saveSeatSurcharges(actorUserId: string, input: SeatSurchargesInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .insert(seatKindSurcharges)
      .values(Object.entries(input).map(([kind, surchargeMinor]) => ({ kind: kind as keyof SeatSurchargesInput, surchargeMinor })))
      .onConflictDoUpdate({ target: seatKindSurcharges.kind, set: { surchargeMinor: sql`excluded.surcharge_minor` } });
    await recordAudit(tx, { actorUserId, action: "seat_surcharges.updated", entityType: "settings", entityId: "seat_surcharges", details: input });
    return { saved: true };
  }).finally(forgetReferenceData);
}

export async function saveBookingPolicy(actorUserId: string, input: BookingPolicyInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const values = {
      bookingFeeMinor: input.bookingFee,
      cutoffMinutes: input.cutoffMinutes,
      cancellationFeePercent: input.cancellationFeePercent,
      refundBookingFee: input.refundBookingFee,
      maxTicketsPerShowtime: input.maxTicketsPerShowtime,
      releaseUnpaidMinutes: input.releaseUnpaidMinutes,
      checkInOpensMinutes: input.checkInOpensMinutes,
      checkInClosesMinutes: input.checkInClosesMinutes,
    };
    await tx.insert(bookingPolicy).values({ id: 1, ...values }).onConflictDoUpdate({ target: bookingPolicy.id, set: values });
    await recordAudit(tx, { actorUserId, action: "booking_policy.updated", entityType: "settings", entityId: "booking_policy", details: values });
    return { saved: true };
  }).finally(forgetReferenceData);
}
