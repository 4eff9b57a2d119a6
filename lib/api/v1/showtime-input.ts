import "server-only";
import { z } from "zod";
import { idField } from "@/lib/admin/form-fields";
import { NotFoundError } from "@/lib/errors";
import { minorToMajor } from "@/lib/money";
import { getShowtime } from "@/lib/scheduling/admin-queries";
import { utcToZonedLocal } from "@/lib/scheduling/local-time";
import { showtimeSchema, type ShowtimeInput } from "@/lib/scheduling/schemas";

// The API's JSON differs from the form's in two ways: money in minor units (mapped onto the form's
// money fields, so the same bounds apply) and JSON booleans instead of checkbox strings.
const s = showtimeSchema.shape;
/** An integer of minor units, checked by the form's money field (which reads major units). */
function minor<Out>(domainMoney: z.ZodType<Out>) {
  return z.int().transform((m, context) => {
    const parsed = domainMoney.safeParse(minorToMajor(m));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) context.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
}
const domainTicketPrice = s.ticketPrices.unwrap().element.shape.price;

const showtimeFields = {
  movieId: s.movieId,
  screenId: s.screenId,
  formatId: s.formatId,
  startsAtLocal: s.startsAtLocal.describe("The start on the cinema's wall clock (its time zone), YYYY-MM-DDTHH:MM."),
  basePriceMinor: minor(s.basePrice).describe("In minor units (pence, cents); ticket types price from it."),
  currency: s.currency,
  spokenLanguage: s.spokenLanguage,
  subtitleLanguage: s.spokenLanguage.nullable(),
  audioDescription: z.boolean(),
  openCaptions: z.boolean(),
  closedCaptions: z.boolean(),
  sensoryFriendly: z.boolean(),
  noDiscounts: z.boolean(),
  ticketPrices: z
    .array(
      z
        .object({
          ticketTypeId: idField,
          priceMinor: z.union([z.null(), minor(domainTicketPrice)]).describe("This showtime's own price in minor units; null keeps the type's rule."),
        })
        .strict(),
    )
    .max(20),
};

type ApiShowtime = { [K in keyof typeof showtimeFields]: z.output<(typeof showtimeFields)[K]> };

export function toDomain({ basePriceMinor, ticketPrices, ...rest }: ApiShowtime): ShowtimeInput {
  return { ...rest, basePrice: basePriceMinor, ticketPrices: ticketPrices.map(({ ticketTypeId, priceMinor }) => ({ ticketTypeId, price: priceMinor })) };
}

export const showtimeCreate = z
  .object({
    ...showtimeFields,
    subtitleLanguage: showtimeFields.subtitleLanguage.default(null),
    audioDescription: z.boolean().default(false),
    openCaptions: z.boolean().default(false),
    closedCaptions: z.boolean().default(false),
    sensoryFriendly: z.boolean().default(false),
    noDiscounts: z.boolean().default(false),
    ticketPrices: showtimeFields.ticketPrices.default([]),
  })
  .strict();

// No defaults here: a field left out keeps its value.
export const showtimePatch = z.object(showtimeFields).partial().strict();

/** The stored showtime as the form would submit it, for a PATCH to change only what it names. */
export async function currentInput(id: string): Promise<ShowtimeInput> {
  const current = await getShowtime(id);
  if (!current) throw new NotFoundError("That showtime does not exist.");
  return {
    movieId: current.movieId,
    screenId: current.screenId,
    formatId: current.formatId,
    startsAtLocal: utcToZonedLocal(current.startsAt, current.timeZone),
    basePrice: current.basePriceMinor,
    currency: s.currency.parse(current.currency),
    spokenLanguage: current.spokenLanguage,
    subtitleLanguage: current.subtitleLanguage,
    audioDescription: current.audioDescription,
    openCaptions: current.openCaptions,
    closedCaptions: current.closedCaptions,
    sensoryFriendly: current.sensoryFriendly,
    noDiscounts: current.noDiscounts,
    ticketPrices: current.ticketPrices.map((p) => ({ ticketTypeId: p.ticketTypeId, price: p.priceMinor })),
  };
}
