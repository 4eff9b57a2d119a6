import "server-only";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { getCinemaDetails, listCinemaDetails } from "@/lib/venues/cinema-directory";
import { deleteCinema, saveCinema } from "@/lib/venues/mutations";
import { cinemaSchema, cinemaUpdateSchema } from "@/lib/venues/schemas";
import { defineEndpoint } from "../endpoint";
import { pageOf, pageQuery } from "../pagination";

const tag = "Venues";

export const idParams = z.object({ id: z.uuid() });

const seatsByKind = z.object({
  standard: z.int(),
  premium: z.int(),
  accessible: z.int().describe("Seats with extra room or easy access."),
  wheelchair: z.int().describe("Wheelchair spaces (held back from general sale until the rest is taken)."),
  companion: z.int().describe("Seats beside a wheelchair space, for a companion."),
});

export const screenOut = z.object({
  id: z.uuid(),
  name: z.string(),
  layout: z.string().describe("The seat layout text the seats are built from: one line per row, s p a w c per seat, . for a gap."),
  seatCount: z.int(),
  seatsByKind,
});

export const cinemaOut = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  postcode: z.string(),
  country: z.string().describe("ISO 3166-1 alpha-2."),
  phone: z.string(),
  timeZone: z.string().describe("The IANA zone the cinema's showtimes are listed in."),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  payAtCinema: z.boolean().describe("Whether customers may reserve and pay at the box office; card payment is offered when the server takes cards."),
  screens: z.array(screenOut),
});

/** What the admin cinema actions revalidate (app/admin/cinemas/actions.ts), from a route handler. */
export function revalidateCinema(slug: string) {
  revalidateTag(cacheTags.cinemas, "max");
  revalidateTag(cacheTags.cinema(slug), "max");
  revalidateTag(cacheTags.showtimes, "max");
}

export async function describeCinema(id: string) {
  const cinema = await getCinemaDetails(id);
  if (!cinema) throw new NotFoundError("That cinema does not exist.");
  return cinema;
}

export const listCinemas = defineEndpoint({
  method: "GET",
  path: "/api/v1/cinemas",
  operationId: "listCinemas",
  tag,
  summary: "Cinemas with their screens",
  access: "public",
  input: pageQuery,
  response: { status: 200, description: "One page of cinemas, by city and name.", schema: pageOf(cinemaOut) },
  cacheSeconds: 30,
  handler: async ({ input }) => ({ ...(await listCinemaDetails(input)), page: input.page, pageSize: input.pageSize }),
});

export const getCinema = defineEndpoint({
  method: "GET",
  path: "/api/v1/cinemas/{id}",
  operationId: "getCinema",
  tag,
  summary: "One cinema with its screens",
  access: "public",
  params: idParams,
  response: { status: 200, description: "The cinema.", schema: cinemaOut },
  cacheSeconds: 30,
  handler: ({ params }) => describeCinema(params.id),
});

export const createCinema = defineEndpoint({
  method: "POST",
  path: "/api/v1/cinemas",
  operationId: "createCinema",
  tag,
  summary: "Add a cinema (admin)",
  description: "The admin form's rules: an empty slug is made from the name; latitude and longitude come together or not at all. Screens are added with POST /api/v1/cinemas/{id}/screens.",
  access: "admin",
  input: cinemaSchema,
  response: { status: 201, description: "The new cinema.", schema: cinemaOut },
  problems: [409],
  handler: async ({ input, caller }) => {
    const saved = await saveCinema(caller.id, input);
    revalidateCinema(saved.slug);
    return describeCinema(saved.id);
  },
});

// A PATCH names only what changes: the form's fields, without the defaults that would blank the rest.
const f = cinemaSchema.shape;
const cinemaPatch = z
  .object({
    name: f.name.optional(),
    slug: f.slug.unwrap().optional(),
    address: f.address.optional(),
    city: f.city.optional(),
    postcode: f.postcode.unwrap().optional(),
    country: f.country.optional(),
    phone: f.phone.unwrap().optional(),
    timeZone: f.timeZone.optional(),
    latitude: f.latitude.optional(),
    longitude: f.longitude.optional(),
    payAtCinema: f.payAtCinema.unwrap().optional(),
  })
  .strict();

export const updateCinema = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/cinemas/{id}",
  operationId: "updateCinema",
  tag,
  summary: "Change a cinema (admin)",
  description: "Fields left out keep their values. Changing the slug moves the cinema's page.",
  access: "admin",
  params: idParams,
  input: cinemaPatch,
  response: { status: 200, description: "The cinema as saved.", schema: cinemaOut },
  problems: [409],
  handler: async ({ params, input, caller }) => {
    const cinema = await describeCinema(params.id);
    const current = Object.fromEntries(Object.entries(cinema).filter(([key]) => key !== "screens"));
    // The merged record passes the update schema again, so cross-field rules (both coordinates) hold.
    const merged = cinemaUpdateSchema.safeParse({ ...current, ...input });
    if (!merged.success) throw new InvalidError("Some fields are not valid.", z.flattenError(merged.error).fieldErrors as Record<string, string[]>);
    const saved = await saveCinema(caller.id, merged.data);
    revalidateCinema(saved.slug);
    return describeCinema(saved.id);
  },
});

export const removeCinema = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/cinemas/{id}",
  operationId: "deleteCinema",
  tag,
  summary: "Delete a cinema and its screens (admin)",
  description: "Refused with 409 once any of its screens has had a showtime: booking history stays.",
  access: "admin",
  params: idParams,
  response: { status: 204, description: "Deleted." },
  problems: [409],
  handler: async ({ params, caller }) => {
    const { slug } = await deleteCinema(caller.id, params.id);
    revalidateCinema(slug);
  },
});

export const cinemaEndpoints = [listCinemas, createCinema, getCinema, updateCinema, removeCinema];
