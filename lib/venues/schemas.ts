import { z } from "zod";
import { idField, isValidTimeZone, optionalNumberField, optionalTextField, slugField, textField } from "@/lib/admin/form-fields";
import { parseSeatLayout } from "./seat-layout";

/** Shared by the admin cinema and screen forms and their server actions. */

const cinemaFields = z
  .object({
    name: textField("a name", 200),
    slug: slugField,
    address: textField("an address", 300),
    city: textField("a city", 100),
    postcode: optionalTextField(20),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. GB."),
    phone: optionalTextField(40).refine((p) => p === "" || /^[+0-9 ()-]{5,40}$/.test(p), "Enter a phone number with digits, spaces, +, ( ) or -."),
    timeZone: z.string().trim().refine(isValidTimeZone, "Use an IANA time zone, e.g. Europe/London."),
    latitude: optionalNumberField("Latitude", -90, 90),
    longitude: optionalNumberField("Longitude", -180, 180),
    /** Customers may reserve online and pay at the box office; off, they pay by card online. */
    payAtCinema: z.boolean("Choose whether customers may pay at the cinema.").default(true),
  })
  .strict();

const bothOrNeither = (c: { latitude: number | null; longitude: number | null }) => (c.latitude === null) === (c.longitude === null);
const bothOrNeitherError = { path: ["longitude"], message: "Give both latitude and longitude, or neither." };

export const cinemaSchema = cinemaFields.refine(bothOrNeither, bothOrNeitherError);
export const cinemaUpdateSchema = cinemaFields.extend({ id: idField }).strict().refine(bothOrNeither, bothOrNeitherError);

export const layoutField = z
  .string()
  .max(4000, "The layout is too long.")
  .superRefine((text, context) => {
    const parsed = parseSeatLayout(text);
    if (!parsed.ok) for (const message of parsed.errors) context.addIssue({ code: "custom", message });
  });

export const screenSchema = z
  .object({
    cinemaId: idField,
    name: textField("a name", 60),
    layout: layoutField,
  })
  .strict();

export type CinemaInput = z.output<typeof cinemaSchema>;
export type ScreenInput = z.output<typeof screenSchema>;
