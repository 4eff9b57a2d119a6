import { z } from "zod";
import {
  checkboxField,
  idField,
  languageCodeField,
  moneyField,
  optionalLanguageCodeField,
  optionalMoneyField,
} from "@/lib/admin/form-fields";

/** Shared by the showtime forms (single and bulk) and their server actions. */

export const SHOWTIME_CURRENCIES = ["GBP", "EUR", "USD"] as const;
export const MAX_BULK_DAYS = 62;

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter a date and time.");
const localDate = z.iso.date("Enter a date as YYYY-MM-DD.");
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM.");

const showtimeAttributes = {
  movieId: idField,
  screenId: idField,
  formatId: idField,
  basePrice: moneyField("the base price", 1, 100_000),
  currency: z.enum(SHOWTIME_CURRENCIES, "Choose a currency."),
  spokenLanguage: languageCodeField,
  subtitleLanguage: optionalLanguageCodeField,
  audioDescription: checkboxField,
  openCaptions: checkboxField,
  closedCaptions: checkboxField,
  sensoryFriendly: checkboxField,
  noDiscounts: checkboxField,
  /** Per-ticket-type prices for this showtime; an empty price keeps the type's own rule. */
  ticketPrices: z
    .array(z.object({ ticketTypeId: idField, price: optionalMoneyField("the price", 0, 100_000) }).strict())
    .max(20)
    .default([]),
};

export const showtimeSchema = z.object({ ...showtimeAttributes, startsAtLocal: localDateTime }).strict();

export const showtimeUpdateSchema = showtimeSchema.extend({ id: idField }).strict();

export const bulkShowtimeSchema = z
  .object({ ...showtimeAttributes, firstDate: localDate, lastDate: localDate, time: localTime })
  .strict()
  .refine((b) => b.lastDate >= b.firstDate, { path: ["lastDate"], message: "The last date must be on or after the first date." })
  .refine((b) => (Date.parse(b.lastDate) - Date.parse(b.firstDate)) / 86_400_000 < MAX_BULK_DAYS, {
    path: ["lastDate"],
    message: `Schedule at most ${MAX_BULK_DAYS} days at once.`,
  });

export const cancelShowtimeSchema = z
  .object({ id: idField, reason: z.string().trim().min(3, "Give a short reason; customers see it.").max(500) })
  .strict();

export type ShowtimeInput = z.output<typeof showtimeSchema>;
export type BulkShowtimeInput = z.output<typeof bulkShowtimeSchema>;
export type ShowtimeAttributes = Omit<ShowtimeInput, "startsAtLocal">;
