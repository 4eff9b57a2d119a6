import type { z } from "zod";
import type { showtimeSchema } from "@/lib/scheduling/schemas";
import type { ShowtimeFormOptions } from "./showtime-fields";

/** The blank showtime form's values; a plain module so server pages can call it. */
export type ShowtimeDefaults = Omit<z.input<typeof showtimeSchema>, "startsAtLocal"> & { startsAtLocal?: string };

export function defaultShowtimeValues(options: ShowtimeFormOptions, movieId = ""): ShowtimeDefaults {
  return {
    movieId,
    screenId: "",
    formatId: options.formats[0]?.id ?? "",
    basePrice: "",
    currency: "GBP",
    spokenLanguage: options.movies.find((m) => m.id === movieId)?.language ?? "en",
    subtitleLanguage: "",
    audioDescription: false,
    openCaptions: false,
    closedCaptions: false,
    sensoryFriendly: false,
    noDiscounts: false,
    ticketPrices: options.ticketTypes.map((t) => ({ ticketTypeId: t.id, price: "" })),
  };
}

