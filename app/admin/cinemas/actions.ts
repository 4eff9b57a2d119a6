"use server";

import { updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { cacheTags } from "@/lib/cache-tags";
import { entityIdSchema, updateSchema } from "@/lib/catalog/schemas";
import { deleteCinema, deleteScreen, saveCinema, saveScreen } from "@/lib/venues/mutations";
import { cinemaSchema, cinemaUpdateSchema, screenSchema } from "@/lib/venues/schemas";

function revalidate({ slug }: { slug: string }) {
  updateTag(cacheTags.cinemas);
  updateTag(cacheTags.cinema(slug));
  updateTag(cacheTags.showtimes);
}

export const createCinemaAction = adminAction(cinemaSchema, (input, admin) => saveCinema(admin.id, input), revalidate);

export const updateCinemaAction = adminAction(
  cinemaUpdateSchema,
  (input, admin) => saveCinema(admin.id, input),
  revalidate,
);

export const deleteCinemaAction = adminAction(entityIdSchema, (input, admin) => deleteCinema(admin.id, input.id), revalidate);

const revalidateScreen = ({ cinemaSlug }: { cinemaSlug: string }) => revalidate({ slug: cinemaSlug });

export const createScreenAction = adminAction(screenSchema, (input, admin) => saveScreen(admin.id, input), revalidateScreen);

export const updateScreenAction = adminAction(updateSchema(screenSchema), (input, admin) => saveScreen(admin.id, input), revalidateScreen);

export const deleteScreenAction = adminAction(entityIdSchema, (input, admin) => deleteScreen(admin.id, input.id), revalidateScreen);
