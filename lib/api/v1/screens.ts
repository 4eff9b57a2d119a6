import "server-only";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { getScreen } from "@/lib/venues/admin-queries";
import { deleteScreen, saveScreen } from "@/lib/venues/mutations";
import { screenSchema } from "@/lib/venues/schemas";
import { defineEndpoint } from "../endpoint";
import { describeCinema, idParams, revalidateCinema, screenOut } from "./cinemas";

/**
 * A cinema's screens (admin writes; reads come with the cinema). The cinema is the path's, never the
 * body's, and a screen of another cinema is a 404 like an unknown one.
 */
const tag = "Venues";

const screenParams = idParams.extend({ screenId: z.uuid() });

const layoutDescription = "One line per row from the screen side: s standard, p premium, a accessible, w wheelchair space, c companion seat (beside a w), . gap.";

const screenBody = screenSchema.omit({ cinemaId: true }).extend({ layout: screenSchema.shape.layout.describe(layoutDescription) });
const screenPatch = screenBody.partial().strict();

async function describeScreen(cinemaId: string, screenId: string) {
  const cinema = await describeCinema(cinemaId);
  const screen = cinema.screens.find((s) => s.id === screenId);
  if (!screen) throw new NotFoundError("That screen does not exist.");
  return screen;
}

/** The screen, if it belongs to the cinema of the path. */
async function screenOf(cinemaId: string, screenId: string) {
  const screen = await getScreen(screenId);
  if (!screen || screen.cinemaId !== cinemaId) throw new NotFoundError("That screen does not exist.");
  return screen;
}

export const createScreen = defineEndpoint({
  method: "POST",
  path: "/api/v1/cinemas/{id}/screens",
  operationId: "createScreen",
  tag,
  summary: "Add a screen with its seat layout (admin)",
  access: "admin",
  params: idParams,
  input: screenBody,
  response: { status: 201, description: "The new screen and its seats counted by kind.", schema: screenOut },
  problems: [409],
  handler: async ({ params, input, caller }) => {
    const saved = await saveScreen(caller.id, { ...input, cinemaId: params.id });
    revalidateCinema(saved.cinemaSlug);
    return describeScreen(params.id, saved.id);
  },
});

export const updateScreen = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/cinemas/{id}/screens/{screenId}",
  operationId: "updateScreen",
  tag,
  summary: "Rename a screen or change its layout (admin)",
  description: "Seats keep their ids where row and number survive. A layout change is refused (409) while seats are held or sold for an upcoming showtime on the screen.",
  access: "admin",
  params: screenParams,
  input: screenPatch,
  response: { status: 200, description: "The screen as saved.", schema: screenOut },
  problems: [409],
  handler: async ({ params, input, caller }) => {
    const current = await screenOf(params.id, params.screenId);
    const saved = await saveScreen(caller.id, {
      id: params.screenId,
      cinemaId: params.id,
      name: input.name ?? current.name,
      layout: input.layout ?? current.layout,
    });
    revalidateCinema(saved.cinemaSlug);
    return describeScreen(params.id, params.screenId);
  },
});

export const removeScreen = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/cinemas/{id}/screens/{screenId}",
  operationId: "deleteScreen",
  tag,
  summary: "Delete a screen (admin)",
  description: "Refused with 409 once the screen has any showtime.",
  access: "admin",
  params: screenParams,
  response: { status: 204, description: "Deleted." },
  problems: [409],
  handler: async ({ params, caller }) => {
    await screenOf(params.id, params.screenId);
    const { cinemaSlug } = await deleteScreen(caller.id, params.screenId);
    revalidateCinema(cinemaSlug);
  },
});

export const screenEndpoints = [createScreen, updateScreen, removeScreen];
