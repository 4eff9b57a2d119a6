import "server-only";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { dateField } from "@/lib/admin/form-fields";
import { cacheTags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { utcToZonedLocal } from "@/lib/scheduling/local-time";
import { createShowtime, deleteShowtime, updateShowtime } from "@/lib/scheduling/mutations";
import type { ShowtimeInput } from "@/lib/scheduling/schemas";
import { getShowtimeSummary, searchShowtimes, type ShowtimeSummary } from "@/lib/scheduling/showtime-search";
import { defineEndpoint } from "../endpoint";
import { pageOf, pageQuery } from "../pagination";
import { currentInput, showtimeCreate, showtimePatch, toDomain } from "./showtime-input";

const tag = "Showtimes";

const idParams = z.object({ id: z.uuid() });

const showtimeOut = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().describe("When the screen is free again: the film's runtime plus cleaning."),
  startsAtLocal: z.string().describe("The start on the cinema's wall clock, YYYY-MM-DDTHH:MM, as POST and PATCH take it."),
  timeZone: z.string(),
  status: z.enum(["scheduled", "cancelled"]),
  bookable: z.boolean().describe("Scheduled and not yet started: seats can be held."),
  availability: z.enum(["available", "almost-full", "sold-out"]),
  movieId: z.uuid(),
  movieTitle: z.string(),
  cinemaId: z.uuid(),
  cinemaName: z.string(),
  screenId: z.uuid(),
  screenName: z.string(),
  format: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  spokenLanguage: z.string().describe("ISO 639-1."),
  subtitleLanguage: z.string().nullable(),
  audioDescription: z.boolean(),
  openCaptions: z.boolean(),
  closedCaptions: z.boolean(),
  sensoryFriendly: z.boolean().describe("A relaxed screening."),
  noDiscounts: z.boolean().describe("Discounted ticket types are not offered."),
  basePriceMinor: z.int(),
  currency: z.string(),
});

function toApi(s: ShowtimeSummary): z.input<typeof showtimeOut> {
  return {
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    startsAtLocal: utcToZonedLocal(s.startsAt, s.timeZone),
    timeZone: s.timeZone,
    status: s.status,
    bookable: s.bookable,
    availability: s.availability.status,
    movieId: s.movieId,
    movieTitle: s.movieTitle,
    cinemaId: s.cinemaId,
    cinemaName: s.cinemaName,
    screenId: s.screenId,
    screenName: s.screenName,
    format: s.format,
    spokenLanguage: s.spokenLanguage,
    subtitleLanguage: s.subtitleLanguage,
    audioDescription: s.audioDescription,
    openCaptions: s.openCaptions,
    closedCaptions: s.closedCaptions,
    sensoryFriendly: s.sensoryFriendly,
    noDiscounts: s.noDiscounts,
    basePriceMinor: s.basePriceMinor,
    currency: s.currency,
  };
}

async function describeShowtime(id: string) {
  const showtime = await getShowtimeSummary(id);
  if (!showtime) throw new NotFoundError("That showtime does not exist.");
  return toApi(showtime);
}

/** What the admin showtime actions revalidate (app/admin/showtimes/actions.ts), from a route handler. */
function revalidateShowtimes() {
  revalidateTag(cacheTags.showtimes, "max");
  revalidateTag(cacheTags.catalog, "max");
  revalidateTag(cacheTags.cinemas, "max");
}

export const listShowtimes = defineEndpoint({
  method: "GET",
  path: "/api/v1/showtimes",
  operationId: "listShowtimes",
  tag,
  summary: "Showtimes still to come, by movie, cinema and date",
  description: "Scheduled showtimes that have not started, soonest first. `date` is a day on the cinema's own calendar. Availability is live, so answers are not cached.",
  access: "public",
  input: pageQuery.extend({
    movieId: z.uuid().optional(),
    cinemaId: z.uuid().optional(),
    date: dateField.optional().describe("YYYY-MM-DD in the cinema's time zone."),
  }),
  response: { status: 200, description: "One page of showtimes.", schema: pageOf(showtimeOut) },
  handler: async ({ input }) => {
    const { data, total } = await searchShowtimes(input);
    return { data: data.map(toApi), page: input.page, pageSize: input.pageSize, total };
  },
});

export const getShowtimeEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/showtimes/{id}",
  operationId: "getShowtime",
  tag,
  summary: "One showtime (also a past or cancelled one)",
  access: "public",
  params: idParams,
  response: { status: 200, description: "The showtime.", schema: showtimeOut },
  handler: ({ params }) => describeShowtime(params.id),
});

export const createShowtimeEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/showtimes",
  operationId: "createShowtime",
  tag,
  summary: "Schedule a showtime (admin)",
  description: "409 when the screen is busy then (the film's runtime plus cleaning overlaps another showtime); 422 for a start in the past or an archived movie.",
  access: "admin",
  input: showtimeCreate,
  response: { status: 201, description: "The new showtime.", schema: showtimeOut },
  problems: [409],
  handler: async ({ input, caller }) => {
    const { id } = await createShowtime(caller.id, toDomain(input));
    revalidateShowtimes();
    return describeShowtime(id);
  },
});

export const updateShowtimeEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/showtimes/{id}",
  operationId: "updateShowtime",
  tag,
  summary: "Change a showtime (admin)",
  description: "Fields left out keep their values. Once seats are held or sold the movie, screen and start cannot change (409); a cancelled showtime cannot be edited (409). `ticketPrices`, when sent, replaces the list.",
  access: "admin",
  params: idParams,
  input: showtimePatch,
  response: { status: 200, description: "The showtime as saved.", schema: showtimeOut },
  problems: [409],
  handler: async ({ params, input, caller }) => {
    const current = await currentInput(params.id);
    const { basePriceMinor, ticketPrices, ...rest } = input;
    const changes: Partial<ShowtimeInput> = {
      ...rest,
      ...(basePriceMinor !== undefined ? { basePrice: basePriceMinor } : {}),
      ...(ticketPrices ? { ticketPrices: ticketPrices.map(({ ticketTypeId, priceMinor }) => ({ ticketTypeId, price: priceMinor })) } : {}),
    };
    await updateShowtime(caller.id, { ...current, ...changes, id: params.id });
    revalidateShowtimes();
    return describeShowtime(params.id);
  },
});

export const deleteShowtimeEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/showtimes/{id}",
  operationId: "deleteShowtime",
  tag,
  summary: "Delete a showtime that never sold a ticket (admin)",
  description: "Once a ticket was sold it is refused with 409: cancel it on the web instead, which refunds and tells customers.",
  access: "admin",
  params: idParams,
  response: { status: 204, description: "Deleted." },
  problems: [409],
  handler: async ({ params, caller }) => {
    await deleteShowtime(caller.id, params.id);
    revalidateShowtimes();
  },
});

export const showtimeEndpoints = [listShowtimes, createShowtimeEndpoint, getShowtimeEndpoint, updateShowtimeEndpoint, deleteShowtimeEndpoint];
