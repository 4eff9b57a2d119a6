import { z } from "zod";
import { checkboxField, idField, intField, moneyField, optionalMoneyField, optionalTextField, textField } from "@/lib/admin/form-fields";

/** Pricing and policy settings edited on /admin/settings; ranges match the database checks. */

export const formatSchema = z
  .object({
    id: idField.optional(),
    code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{1,10}$/, "Use 1–10 letters or digits, e.g. IMAX."),
    name: textField("a name", 60),
    videoFormat: textField("a video format", 60),
    surcharge: moneyField("the surcharge", 0, 10_000),
    sortOrder: intField("the sort order", 0, 1000),
  })
  .strict();

export const ticketTypeSchema = z
  .object({
    id: idField.optional(),
    code: z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9-]{0,19}$/, "Use up to 20 lowercase letters, digits or hyphens, e.g. student."),
    name: textField("a name", 60),
    priceRule: z.enum(["fixed", "percent_of_base", "free"], "Choose how this type is priced."),
    amount: optionalMoneyField("the price", 0, 100_000),
    percent: z.preprocess((v) => (v === "" ? null : v), intField("the percentage", 0, 200).nullable()),
    ageNote: optionalTextField(120),
    idMayBeChecked: checkboxField,
    isDiscount: checkboxField,
    active: checkboxField,
    sortOrder: intField("the sort order", 0, 1000),
  })
  .strict()
  .superRefine((t, context) => {
    if (t.priceRule === "fixed" && t.amount === null) context.addIssue({ code: "custom", path: ["amount"], message: "Enter the fixed price." });
    if (t.priceRule === "percent_of_base" && t.percent === null) {
      context.addIssue({ code: "custom", path: ["percent"], message: "Enter the percentage of the base price." });
    }
  })
  .transform((t) => ({
    ...t,
    amount: t.priceRule === "fixed" ? t.amount : null,
    percent: t.priceRule === "percent_of_base" ? t.percent : null,
  }));

const surcharge = (kind: string) => moneyField(`the ${kind} surcharge`, 0, 10_000);

export const seatSurchargesSchema = z
  .object({
    standard: surcharge("standard"),
    premium: surcharge("premium"),
    accessible: surcharge("accessible"),
    wheelchair: surcharge("wheelchair"),
    companion: surcharge("companion"),
  })
  .strict();

export const bookingPolicySchema = z
  .object({
    bookingFee: moneyField("the booking fee", 0, 10_000),
    cutoffMinutes: intField("the cut-off", 0, 10_080),
    cancellationFeePercent: intField("the cancellation fee", 0, 100),
    refundBookingFee: checkboxField,
    maxTicketsPerShowtime: intField("the ticket limit", 1, 100),
    releaseUnpaidMinutes: intField("the release time", 0, 1440),
    checkInOpensMinutes: intField("the check-in opening", 0, 720),
    checkInClosesMinutes: intField("the check-in closing", 0, 720),
  })
  .strict();

export type FormatInput = z.output<typeof formatSchema>;
export type TicketTypeInput = z.output<typeof ticketTypeSchema>;
export type SeatSurchargesInput = z.output<typeof seatSurchargesSchema>;
export type BookingPolicyInput = z.output<typeof bookingPolicySchema>;
