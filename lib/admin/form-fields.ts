import { z } from "zod";
import { currencyDigits, DEFAULT_CURRENCY, majorToMinor, minorToMajor } from "@/lib/money";

/**
 * Zod building blocks shared by the admin schemas. Forms send strings; these turn "" into null and
 * numeric text into integers, so the same schema validates the react-hook-form values in the browser
 * and the raw input on the server.
 */
const blankToNull = (value: unknown) =>
  value === "" || value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))
    ? null
    : value;

export function intField(label: string, min: number, max: number) {
  return z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: `Enter ${label} as a number.` })
      .int(`${label[0].toUpperCase()}${label.slice(1)} must be a whole number.`)
      .min(min, `${label[0].toUpperCase()}${label.slice(1)} must be at least ${min}.`)
      .max(max, `${label[0].toUpperCase()}${label.slice(1)} must be at most ${max}.`),
  );
}

export function optionalIntField(label: string, min: number, max: number) {
  return z.preprocess(blankToNull, intField(label, min, max).nullable());
}

export function optionalNumberField(label: string, min: number, max: number) {
  return z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: `Enter ${label} as a number.` })
      .min(min, `${label} must be between ${min} and ${max}.`)
      .max(max, `${label} must be between ${min} and ${max}.`)
      .nullable(),
  );
}

export function textField(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} must be at most ${max} characters.`);
}

export function optionalTextField(max: number) {
  return z.string().trim().max(max, `At most ${max} characters.`).default("");
}

/** Lowercase words joined by hyphens; left empty, the server makes one from the name. */
export const slugField = z
  .string()
  .trim()
  .max(120, "A slug must be at most 120 characters.")
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lowercase letters, digits and single hyphens, e.g. jane-doe.")
  .default("");

export const idField = z.uuid("Choose an item from the list.");

export const optionalIdField = z.preprocess(blankToNull, z.uuid().nullable());

/** A real calendar date "YYYY-MM-DD". */
export const dateField = z.iso.date("Enter a date as YYYY-MM-DD.");

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** An ISO 639-1 code that names a real language ("en", "fr"). */
export const languageCodeField = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined, "Use a two-letter ISO 639-1 language code, e.g. en or fr.");

export const optionalLanguageCodeField = z.preprocess(blankToNull, languageCodeField.nullable());

/** A checkbox: true/false, or the strings an HTML form sends. */
export const checkboxField = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export function isValidTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

/**
 * A price typed as "9.50" (major units, at most the currency's decimals) → 950 minor units, within
 * [min, max] minor.
 */
export function moneyField(label: string, minMinor: number, maxMinor: number, currency = DEFAULT_CURRENCY) {
  const digits = currencyDigits(currency);
  const shape = new RegExp(digits > 0 ? `^\\d{1,6}(\\.\\d{1,${digits}})?$` : "^\\d{1,9}$");
  return z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine((v) => shape.test(v), `Enter ${label} like ${minorToMajor(950, currency)}.`)
    .transform((v) => majorToMinor(v, currency))
    .refine(
      (minor) => minor >= minMinor && minor <= maxMinor,
      `${label[0].toUpperCase()}${label.slice(1)} must be between ${minorToMajor(minMinor, currency)} and ${minorToMajor(maxMinor, currency)}.`,
    );
}

export const optionalMoneyField = (label: string, minMinor: number, maxMinor: number) =>
  z.union([z.literal("").transform(() => null), z.null(), moneyField(label, minMinor, maxMinor)]);
