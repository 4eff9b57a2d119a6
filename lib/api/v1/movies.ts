import "server-only";
import { z } from "zod";
import { slugField } from "@/lib/admin/form-fields";
import { cacheTags } from "@/lib/cache-tags";
import { getMovie, movieStatuses } from "@/lib/catalog/admin-queries";
import { deleteMovie, saveMovie } from "@/lib/catalog/movie-mutations";
import { searchMovies } from "@/lib/catalog/movie-search";
import type { MovieCard } from "@/lib/catalog/queries";
import { movieSchema, type MovieInput } from "@/lib/catalog/schemas";
import { MAX_QUERY_LENGTH, movieSorts, parseSearchText } from "@/lib/catalog/search-params";
import { NotFoundError } from "@/lib/errors";
import { mediaUrl } from "@/lib/media/urls";
import { defineEndpoint } from "../endpoint";
import { pageOf, pageQuery } from "../pagination";
import { absentAsNull, catalogueTag as tag, idParams, mergePatch, patchSchemaOf, revalidateTags } from "./catalogue-writes";

const posterUrl = z.string().nullable().describe("Path of the poster image on this server, or null.");

/** A movie in a list (also the credits of people and categories). */
export const movieCardOut = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  certificate: z.string().describe("The age rating, e.g. 12A."),
  runtimeMinutes: z.int(),
  releaseDate: z.iso.date(),
  posterUrl,
});

export function toMovieCard(card: MovieCard): z.input<typeof movieCardOut> {
  const { posterId, ...rest } = card;
  return { ...rest, posterUrl: posterId ? mediaUrl(posterId) : null };
}

const named = z.object({ id: z.uuid(), name: z.string() });
/** Genres and categories also carry the slug the list's filters take. */
const labelled = named.extend({ slug: z.string() });

const movieOut = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  synopsis: z.string(),
  releaseDate: z.iso.date(),
  runtimeMinutes: z.int(),
  certificate: z.string().describe("The age rating, e.g. 12A."),
  language: z.string().describe("ISO 639-1 code of the original language."),
  status: z.enum(movieStatuses),
  posterId: z.uuid().nullable(),
  posterUrl,
  trailerUrl: z.string().nullable(),
  genres: z.array(labelled),
  categories: z.array(labelled),
  cast: z.array(z.object({ actorId: z.uuid(), name: z.string(), characterName: z.string() })).describe("In billing order."),
  producers: z.array(named),
});

type LoadedMovie = NonNullable<Awaited<ReturnType<typeof getMovie>>>;

function toMovieOut(movie: LoadedMovie): z.input<typeof movieOut> {
  const { id, slug, title, synopsis, releaseDate, runtimeMinutes, certificate, language, status, posterId, trailerUrl } = movie;
  const { genres, categories, cast, producers } = movie;
  return {
    ...{ id, slug, title, synopsis, releaseDate, runtimeMinutes, certificate, language, status, posterId, trailerUrl },
    posterUrl: posterId ? mediaUrl(posterId) : null,
    ...{ genres, categories, cast, producers },
  };
}

/** The movie as the admin form would send it back: what a PATCH merges over. */
function asInput(movie: LoadedMovie): MovieInput {
  return {
    title: movie.title,
    slug: movie.slug,
    synopsis: movie.synopsis,
    releaseDate: movie.releaseDate,
    runtimeMinutes: movie.runtimeMinutes,
    certificate: movie.certificate,
    language: movie.language,
    posterId: movie.posterId,
    trailerUrl: movie.trailerUrl,
    genreIds: movie.genres.map((g) => g.id),
    categoryIds: movie.categories.map((c) => c.id),
    producerIds: movie.producers.map((p) => p.id),
    cast: movie.cast.map(({ actorId, characterName }) => ({ actorId, characterName })),
  };
}

/** Archived movies have left the public site, so the public read doesn't find them; an admin write still answers with one. */
async function loadMovie(id: string, { archived }: { archived: boolean }) {
  const movie = await getMovie(id);
  if (!movie || (movie.archivedAt && !archived)) throw new NotFoundError("That movie does not exist.");
  return movie;
}

// What the admin movie actions refresh (app/admin/movies/actions.ts): its page, the listings, the showtimes.
const movieTags = (...slugs: string[]) => [...slugs.map(cacheTags.movie), cacheTags.catalog, cacheTags.showtimes];

// The empty string of a form's blank slug field reads as "no filter".
const slugFilter = (what: string) => slugField.optional().describe(what);

const movieQuery = pageQuery.extend({
  q: z.string().max(MAX_QUERY_LENGTH).optional().describe("Words in the title or in an actor's name."),
  genre: slugFilter("A genre slug, e.g. drama."),
  category: slugFilter("A category slug (see GET /api/v1/categories)."),
  cinema: slugFilter("A cinema slug: movies with a showing there in the next 7 days, or on `date`."),
  date: z.iso.date().optional().describe("YYYY-MM-DD: movies with a showing that day, in the cinema's own time zone."),
  sort: z.enum(movieSorts).default("newest"),
});

export const listMovies = defineEndpoint({
  method: "GET",
  path: "/api/v1/movies",
  operationId: "listMovies",
  tag,
  summary: "Search the movies on the public site",
  description: "Archived movies are left out. Genre, category and cinema are given by slug; `cinema` and `date` keep the movies with an upcoming showing that matches.",
  access: "public",
  input: movieQuery,
  response: { status: 200, description: "One page of movies.", schema: pageOf(movieCardOut) },
  cacheSeconds: 30,
  handler: async ({ input }) => {
    const { page, pageSize, q, genre, category, cinema, date, sort } = input;
    const found = await searchMovies(
      { q: parseSearchText(q), genre: genre || undefined, category: category || undefined, cinema: cinema || undefined, date, sort, page, access: [] },
      pageSize,
    );
    return { data: found.movies.map(toMovieCard), page, pageSize, total: found.total };
  },
});

export const getMovieById = defineEndpoint({
  method: "GET",
  path: "/api/v1/movies/{id}",
  operationId: "getMovie",
  tag,
  summary: "One movie with its genres, categories, cast and producers",
  access: "public",
  params: idParams,
  response: { status: 200, description: "The movie.", schema: movieOut },
  cacheSeconds: 30,
  handler: async ({ params }) => toMovieOut(await loadMovie(params.id, { archived: false })),
});

export const createMovie = defineEndpoint({
  method: "POST",
  path: "/api/v1/movies",
  operationId: "createMovie",
  tag,
  summary: "Add a movie (admins)",
  description: "The admin form's fields and rules. Genres, categories and producers are arrays of ids; `cast` lists `{actorId, characterName}` in billing order. A blank slug is made from the title.",
  access: "admin",
  input: absentAsNull(movieSchema, ["trailerUrl", "posterId"]),
  response: { status: 201, description: "The movie as saved.", schema: movieOut },
  problems: [409],
  handler: async ({ input, caller }) => {
    const saved = await saveMovie(caller.id, input);
    revalidateTags(movieTags(saved.slug));
    return toMovieOut(await loadMovie(saved.id, { archived: true }));
  },
});

export const updateMovie = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/movies/{id}",
  operationId: "updateMovie",
  tag,
  summary: "Change a movie (admins)",
  description: "Send only the fields to change; the rest keep their values. A list sent (genreIds, cast…) replaces the whole list.",
  access: "admin",
  params: idParams,
  input: patchSchemaOf(movieSchema),
  response: { status: 200, description: "The movie as saved.", schema: movieOut },
  problems: [409],
  handler: async ({ params, input, caller }) => {
    const current = await loadMovie(params.id, { archived: true });
    const saved = await saveMovie(caller.id, { ...mergePatch(movieSchema, asInput(current), input), id: params.id });
    revalidateTags(movieTags(current.slug, saved.slug));
    return toMovieOut(await loadMovie(saved.id, { archived: true }));
  },
});

export const deleteMovieById = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/movies/{id}",
  operationId: "deleteMovie",
  tag,
  summary: "Delete a movie that was never scheduled (admins)",
  description: "A movie with showtimes keeps its booking history: deleting it is a 409 (archive it in the admin instead).",
  access: "admin",
  params: idParams,
  response: { status: 204, description: "Deleted." },
  problems: [409],
  handler: async ({ params, caller }) => {
    const { slug } = await deleteMovie(caller.id, params.id);
    revalidateTags(movieTags(slug));
  },
});

export const movieEndpoints = [listMovies, getMovieById, createMovie, updateMovie, deleteMovieById];
