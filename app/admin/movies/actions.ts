"use server";

import { z } from "zod";
import { updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { cacheTags } from "@/lib/cache-tags";
import { searchPeople } from "@/lib/catalog/admin-queries";
import { deleteMovie, saveMovie, setMovieArchived } from "@/lib/catalog/movie-mutations";
import { entityIdSchema, movieSchema, updateSchema } from "@/lib/catalog/schemas";

function revalidate({ slug }: { slug: string }) {
  updateTag(cacheTags.movie(slug));
  updateTag(cacheTags.catalog);
  updateTag(cacheTags.showtimes);
}

export const createMovieAction = adminAction(movieSchema, (input, admin) => saveMovie(admin.id, input), revalidate);

export const updateMovieAction = adminAction(updateSchema(movieSchema), (input, admin) => saveMovie(admin.id, input), revalidate);

export const deleteMovieAction = adminAction(entityIdSchema, (input, admin) => deleteMovie(admin.id, input.id), revalidate);

export const archiveMovieAction = adminAction(
  z.object({ id: z.uuid(), archived: z.boolean() }).strict(),
  (input, admin) => setMovieArchived(admin.id, input.id, input.archived),
  revalidate,
);

/** The cast and producer pickers' search-as-you-type. */
export const searchPeopleAction = adminAction(
  z.object({ kind: z.enum(["actor", "producer"]), q: z.string().trim().max(100) }).strict(),
  (input) => searchPeople(input.kind, input.q),
);
