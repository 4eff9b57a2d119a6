import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { adminToken, newCustomer } from "./support/accounts";
import { api, type ApiResponse } from "./support/http";
import { expectConforms } from "./support/openapi";

/**
 * The catalogue over HTTP: public reads for anyone, writes for admins only. Every write here works on
 * rows the test made itself (unique names), so files running in parallel never see each other's data.
 */

type Page<T> = { data: T[]; page: number; pageSize: number; total: number };
type Card = { id: string; slug: string; title: string };
type Named = { id: string; slug: string; name: string };
type Movie = Card & {
  synopsis: string;
  runtimeMinutes: number;
  certificate: string;
  genres: Named[];
  categories: Named[];
  cast: { actorId: string; name: string; characterName: string }[];
  producers: { id: string; name: string }[];
};
type Problem = { status: number; code: string; errors?: Record<string, string[]> };

const unknownId = "00000000-0000-4000-8000-000000000000";
const resources = [
  { path: "actors", noun: "Actor", plural: "Actors" },
  { path: "producers", noun: "Producer", plural: "Producers" },
  { path: "categories", noun: "Category", plural: "Categories" },
  { path: "movies", noun: "Movie", plural: "Movies" },
] as const;

const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/** The JSON body of an answer that must have one. */
function bodyOf<T>(response: ApiResponse<T>): T {
  expect(response.body, response.text).not.toBeNull();
  return response.body as T;
}

async function expectStatus(operationId: string, response: ApiResponse, status: number) {
  await expectConforms(operationId, response);
  expect(response.status, response.text).toBe(status);
}

/** Something the test owns, made through the API as an admin. */
async function create<T>(path: string, operationId: string, body: object): Promise<T> {
  const response = await api<T>(`/api/v1/${path}`, { body, token: adminToken() });
  await expectStatus(operationId, response, 201);
  return bodyOf(response);
}

async function someGenres(): Promise<Named[]> {
  const response = await api<Page<Named>>("/api/v1/genres?pageSize=100");
  await expectStatus("listGenres", response, 200);
  return bodyOf(response).data;
}

describe("API catalogue: public reads", () => {
  it("lists each resource in the page envelope and reads one by id", async () => {
    for (const { path, noun, plural } of resources) {
      const list = await api<Page<{ id: string }>>(`/api/v1/${path}?pageSize=3`);
      await expectStatus(`list${plural}`, list, 200);
      expect(list.headers.get("cache-control")).toContain("public");
      const { data, page, pageSize, total } = bodyOf(list);
      expect({ page, pageSize }).toEqual({ page: 1, pageSize: 3 });
      expect(data.length).toBeGreaterThan(0);
      expect(data.length).toBeLessThanOrEqual(3);
      expect(total).toBeGreaterThanOrEqual(data.length);

      const one = await api<{ id: string }>(`/api/v1/${path}/${data[0].id}`);
      await expectStatus(`get${noun}`, one, 200);
      expect(bodyOf(one).id).toBe(data[0].id);
    }
  }, 90_000);

  it("pages without overlap and refuses a page size over 100", async () => {
    const first = await api<Page<Card>>("/api/v1/movies?pageSize=2&page=1");
    const second = await api<Page<Card>>("/api/v1/movies?pageSize=2&page=2");
    await expectStatus("listMovies", second, 200);
    expect(bodyOf(second).total).toBe(bodyOf(first).total);
    const firstIds = bodyOf(first).data.map((m) => m.id);
    expect(bodyOf(second).data.some((m) => firstIds.includes(m.id))).toBe(false);

    for (const { path, plural } of resources) {
      const tooBig = await api<Problem>(`/api/v1/${path}?pageSize=101`);
      await expectStatus(`list${plural}`, tooBig, 422);
      expect(bodyOf(tooBig).errors).toHaveProperty("pageSize");
    }
    const pageZero = await api<Problem>("/api/v1/movies?page=0");
    await expectStatus("listMovies", pageZero, 422);
    expect(bodyOf(pageZero).errors).toHaveProperty("page");
  });

  it("answers 404 for an unknown id and for one that is not an id", async () => {
    const asks = resources.flatMap(({ path, noun }) =>
      [unknownId, "not-a-uuid", "1%27%20OR%201=1"].map(async (id) => expectStatus(`get${noun}`, await api(`/api/v1/${path}/${id}`), 404)),
    );
    await Promise.all(asks);
  });

  it("refuses malformed filters with 422 naming them", async () => {
    const badDate = await api<Problem>("/api/v1/movies?date=2026-02-30");
    await expectStatus("listMovies", badDate, 422);
    expect(bodyOf(badDate).errors).toHaveProperty("date");
    const badSlug = await api<Problem>("/api/v1/movies?genre=Drama%20OR%201");
    await expectStatus("listMovies", badSlug, 422);
    expect(bodyOf(badSlug).errors).toHaveProperty("genre");
  });
});

describe("API catalogue: who may write", () => {
  it("answers 401 without a token and 403 to a customer, for every resource", async () => {
    const customer = await newCustomer("Catalogue Customer");
    const body = { name: "Nobody", title: "Nothing" };
    for (const { path, noun } of resources) {
      const anonymous = await api<Problem>(`/api/v1/${path}`, { body });
      await expectStatus(`create${noun}`, anonymous, 401);
      const refused = await api<Problem>(`/api/v1/${path}`, { body, token: customer.tokens.access_token });
      await expectStatus(`create${noun}`, refused, 403);
      const patch = await api<Problem>(`/api/v1/${path}/${unknownId}`, { method: "PATCH", body, token: customer.tokens.access_token });
      await expectStatus(`update${noun}`, patch, 403);
      const remove = await api<Problem>(`/api/v1/${path}/${unknownId}`, { method: "DELETE", token: customer.tokens.access_token });
      await expectStatus(`delete${noun}`, remove, 403);
    }
  }, 90_000);
});

describe("API catalogue: admin writes", () => {
  let genres: Named[];
  beforeAll(async () => {
    genres = await someGenres();
  });

  it("creates, changes and deletes a movie with its people and category, each visible to the public at once", async () => {
    const actor = await create<{ id: string; name: string }>("actors", "createActor", { name: unique("Api Actor"), birthDate: "1980-04-01" });
    const producer = await create<{ id: string }>("producers", "createProducer", { name: unique("Api Producer"), age: 52, company: "Api Films" });
    const category = await create<Named>("categories", "createCategory", { name: unique("Api Category"), description: "Made by a test." });
    const title = unique("Api Movie");
    const movie = await create<Movie>("movies", "createMovie", {
      title,
      releaseDate: "2026-03-01",
      runtimeMinutes: 101,
      certificate: "12A",
      language: "en",
      synopsis: "A test's own film.",
      trailerUrl: null,
      genreIds: [genres[0].id],
      categoryIds: [category.id],
      producerIds: [producer.id],
      cast: [{ actorId: actor.id, characterName: "The Lead" }],
    });
    expect(movie).toMatchObject({ title, runtimeMinutes: 101, genres: [{ id: genres[0].id, slug: genres[0].slug }] });
    expect(movie.cast).toEqual([{ actorId: actor.id, name: actor.name, characterName: "The Lead" }]);

    // The public reads see it: by id, in the filtered list, on the category's and the person's own pages.
    const read = await api<Movie>(`/api/v1/movies/${movie.id}`);
    await expectStatus("getMovie", read, 200);
    expect(read.body).toEqual(movie);
    const filtered = await api<Page<Card>>(`/api/v1/movies?category=${category.slug}&genre=${genres[0].slug}&q=${encodeURIComponent(title)}`);
    await expectStatus("listMovies", filtered, 200);
    expect(bodyOf(filtered).data.map((m) => m.id)).toEqual([movie.id]);
    expect(bodyOf(filtered).total).toBe(1);
    const otherGenre = await api<Page<Card>>(`/api/v1/movies?category=${category.slug}&genre=${genres[1].slug}`);
    expect(bodyOf(otherGenre).total).toBe(0);
    // No showtimes yet, so no cinema lists it.
    const atCinema = await api<Page<Card>>(`/api/v1/movies?category=${category.slug}&cinema=nowhere-${randomUUID().slice(0, 8)}`);
    await expectStatus("listMovies", atCinema, 200);
    expect(bodyOf(atCinema).total).toBe(0);
    const inCategory = await api<{ movies: Card[] }>(`/api/v1/categories/${category.id}`);
    await expectStatus("getCategory", inCategory, 200);
    expect(bodyOf(inCategory).movies.map((m) => m.id)).toEqual([movie.id]);
    const credited = await api<{ movies: (Card & { characterName: string })[] }>(`/api/v1/actors/${actor.id}`);
    await expectStatus("getActor", credited, 200);
    expect(bodyOf(credited).movies).toMatchObject([{ id: movie.id, characterName: "The Lead" }]);

    // A PATCH changes only what it names; the lists it leaves out stay as they were.
    const renamed = `${title} Returns`;
    const patched = await api<Movie>(`/api/v1/movies/${movie.id}`, { method: "PATCH", body: { title: renamed, runtimeMinutes: 95 }, token: adminToken() });
    await expectStatus("updateMovie", patched, 200);
    expect(patched.body).toEqual({ ...movie, title: renamed, runtimeMinutes: 95 });
    const reread = await api<Movie>(`/api/v1/movies/${movie.id}`);
    expect(reread.body).toMatchObject({ title: renamed, runtimeMinutes: 95, synopsis: "A test's own film." });

    // Deleting a credited actor unlinks them; the movie stays.
    const actorGone = await api(`/api/v1/actors/${actor.id}`, { method: "DELETE", token: adminToken() });
    await expectStatus("deleteActor", actorGone, 204);
    await expectStatus("getActor", await api(`/api/v1/actors/${actor.id}`), 404);
    const uncast = await api<Movie>(`/api/v1/movies/${movie.id}`);
    expect(bodyOf(uncast).cast).toEqual([]);

    const deleted = await api(`/api/v1/movies/${movie.id}`, { method: "DELETE", token: adminToken() });
    await expectStatus("deleteMovie", deleted, 204);
    await expectStatus("getMovie", await api(`/api/v1/movies/${movie.id}`), 404);
    await expectStatus("deleteMovie", await api(`/api/v1/movies/${movie.id}`, { method: "DELETE", token: adminToken() }), 404);

    for (const [path, noun, id] of [["producers", "Producer", producer.id], ["categories", "Category", category.id]] as const) {
      await expectStatus(`delete${noun}`, await api(`/api/v1/${path}/${id}`, { method: "DELETE", token: adminToken() }), 204);
    }
  }, 120_000);

  it("patches a producer and a category field by field", async () => {
    const producer = await create<{ id: string; name: string; age: number | null; company: string }>("producers", "createProducer", { name: unique("Api Producer") });
    expect(producer).toMatchObject({ age: null, company: "" });
    const patched = await api(`/api/v1/producers/${producer.id}`, { method: "PATCH", body: { company: "Patch Pictures" }, token: adminToken() });
    await expectStatus("updateProducer", patched, 200);
    expect(patched.body).toMatchObject({ name: producer.name, company: "Patch Pictures", age: null });
    const listed = await api<Page<{ id: string; company: string }>>(`/api/v1/producers?q=${encodeURIComponent(producer.name)}`);
    await expectStatus("listProducers", listed, 200);
    expect(bodyOf(listed).data).toEqual([expect.objectContaining({ id: producer.id, company: "Patch Pictures" })]);

    const category = await create<Named>("categories", "createCategory", { name: unique("Api Category"), slug: `api-${randomUUID().slice(0, 8)}` });
    const renamed = await api<Named>(`/api/v1/categories/${category.id}`, { method: "PATCH", body: { name: "Api Renamed" }, token: adminToken() });
    await expectStatus("updateCategory", renamed, 200);
    expect(renamed.body).toMatchObject({ id: category.id, slug: category.slug, name: "Api Renamed" });

    await expectStatus("deleteProducer", await api(`/api/v1/producers/${producer.id}`, { method: "DELETE", token: adminToken() }), 204);
    await expectStatus("deleteCategory", await api(`/api/v1/categories/${category.id}`, { method: "DELETE", token: adminToken() }), 204);
  }, 90_000);

  it("refuses invalid input and unknown fields with 422 naming the field, and unknown ids with 404", async () => {
    const token = adminToken();
    const valid = { title: unique("Api Invalid"), releaseDate: "2026-03-01", runtimeMinutes: 90, certificate: "PG", language: "en" };

    const badRuntime = await api<Problem>("/api/v1/movies", { body: { ...valid, runtimeMinutes: 0 }, token });
    await expectStatus("createMovie", badRuntime, 422);
    expect(Object.keys(bodyOf(badRuntime).errors ?? {})).toEqual(["runtimeMinutes"]);

    const smuggled = await api<Problem>("/api/v1/movies", { body: { ...valid, archivedAt: "2026-01-01T00:00:00Z" }, token });
    await expectStatus("createMovie", smuggled, 422);
    const unknownGenre = await api<Problem>("/api/v1/movies", { body: { ...valid, genreIds: ["not-an-id"] }, token });
    await expectStatus("createMovie", unknownGenre, 422);
    expect(bodyOf(unknownGenre).errors).toHaveProperty(["genreIds.0"]);

    const noName = await api<Problem>("/api/v1/actors", { body: { name: "  " }, token });
    await expectStatus("createActor", noName, 422);
    expect(bodyOf(noName).errors).toHaveProperty("name");
    const future = await api<Problem>("/api/v1/actors", { body: { name: "Api Future", birthDate: "2999-01-01" }, token });
    await expectStatus("createActor", future, 422);
    expect(bodyOf(future).errors).toHaveProperty("birthDate");

    const actor = await create<{ id: string }>("actors", "createActor", { name: unique("Api Actor") });
    const movie = await create<Movie>("movies", "createMovie", valid);
    const emptyTitle = await api<Problem>(`/api/v1/movies/${movie.id}`, { method: "PATCH", body: { title: "" }, token });
    await expectStatus("updateMovie", emptyTitle, 422);
    expect(bodyOf(emptyTitle).errors).toHaveProperty("title");
    const extra = await api<Problem>(`/api/v1/movies/${movie.id}`, { method: "PATCH", body: { id: unknownId }, token });
    await expectStatus("updateMovie", extra, 422);
    // The schema's whole-object rules hold for a partial update too.
    const twice = await api<Problem>(`/api/v1/movies/${movie.id}`, {
      method: "PATCH",
      body: { cast: [{ actorId: actor.id }, { actorId: actor.id }] },
      token,
    });
    await expectStatus("updateMovie", twice, 422);
    expect(bodyOf(twice).errors).toHaveProperty("cast");
    const producerExtra = await api<Problem>(`/api/v1/actors/${actor.id}`, { method: "PATCH", body: { company: "Not an actor's" }, token });
    await expectStatus("updateActor", producerExtra, 422);

    const ghost = await api<Problem>(`/api/v1/movies/${unknownId}`, { method: "PATCH", body: { title: "Ghost" }, token });
    await expectStatus("updateMovie", ghost, 404);
    const ghostActor = await api<Problem>(`/api/v1/actors/${unknownId}`, { method: "DELETE", token });
    await expectStatus("deleteActor", ghostActor, 404);

    await expectStatus("deleteMovie", await api(`/api/v1/movies/${movie.id}`, { method: "DELETE", token }), 204);
    await expectStatus("deleteActor", await api(`/api/v1/actors/${actor.id}`, { method: "DELETE", token }), 204);
  }, 90_000);
});
