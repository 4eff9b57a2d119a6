import "server-only";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { getCategory, listCategories, listGenreOptions } from "@/lib/catalog/admin-queries";
import { deleteCategory, saveCategory } from "@/lib/catalog/mutations";
import { getCategoryBySlug } from "@/lib/catalog/queries";
import { categorySchema } from "@/lib/catalog/schemas";
import { defineEndpoint } from "../endpoint";
import { pageOf, pageQuery, paginate } from "../pagination";
import { entityEndpoints } from "./catalogue-entity";
import { catalogueTag } from "./catalogue-writes";
import { movieCardOut, toMovieCard } from "./movies";

/** Categories (collections such as "Family favourites"); the `category` filter of GET /api/v1/movies takes their slug. */

const category = { id: z.uuid(), slug: z.string(), name: z.string() };

export const categories = entityEndpoints({
  noun: "category",
  plural: "categories",
  schema: categorySchema,
  item: z.object(category),
  detail: z.object({
    ...category,
    description: z.string(),
    movies: z.array(movieCardOut).describe("Newest first; archived movies are left out."),
  }),
  list: listCategories,
  toItem: ({ id, slug, name }) => ({ id, slug, name }),
  load: getCategory,
  describe: async (slug, id) => {
    const found = await getCategoryBySlug(slug);
    return found && { id, slug: found.slug, name: found.name, description: found.description, movies: found.movies.map(toMovieCard) };
  },
  save: saveCategory,
  remove: deleteCategory,
  cacheTag: cacheTags.category,
  deleteDescription: "Its movies stay and leave the category.",
});

/** Genres are a fixed list (no API writes): a client needs their ids to file a movie and their slugs to filter. */
export const listGenres = defineEndpoint({
  method: "GET",
  path: "/api/v1/genres",
  operationId: "listGenres",
  tag: catalogueTag,
  summary: "Genres by name",
  access: "public",
  input: pageQuery,
  response: { status: 200, description: "One page of genres.", schema: pageOf(z.object(category)) },
  cacheSeconds: 30,
  handler: async ({ input }) => paginate(await listGenreOptions(), input),
});

export const categoryEndpoints = [...categories.all, listGenres];
