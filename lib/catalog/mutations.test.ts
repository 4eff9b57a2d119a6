import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actors, movieCast, movies } from "@/db/schema";
import { createShowtimeFixture, createUserFixture } from "@/test/fixtures/showtime";
import { testDb, unique } from "@/test/database";
import { deleteActor, saveActor } from "./mutations";
import { getMovie, listActors } from "./admin-queries";
import { parseListParams } from "@/lib/admin/list-query";
import { deleteMovie, saveMovie, setMovieArchived } from "./movie-mutations";

const movieInput = (title: string, cast: { actorId: string; characterName: string }[] = []) => ({
  title,
  slug: "",
  synopsis: "",
  releaseDate: "2026-12-01",
  runtimeMinutes: 100,
  certificate: "12A",
  language: "en",
  posterId: null,
  trailerUrl: null,
  genreIds: [],
  categoryIds: [],
  producerIds: [],
  cast,
});

describe("catalog writes", () => {
  // Opening (and migrating) the database can take a while on a busy machine: not part of any test.
  beforeAll(async () => {
    await testDb();
  });

  it("saves a movie with its cast in billing order, and deleting an actor unlinks them", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const nameA = unique("A");
    const a = await saveActor(admin.id, { name: nameA, slug: "", birthDate: null, bio: "", photoId: null });
    const b = await saveActor(admin.id, { name: unique("B"), slug: "", birthDate: null, bio: "", photoId: null });
    const movie = await saveMovie(admin.id, movieInput(unique("Film"), [
      { actorId: b.id, characterName: "Lead" },
      { actorId: a.id, characterName: "Friend" },
    ]));
    const cast = await db.select().from(movieCast).where(eq(movieCast.movieId, movie.id));
    expect(cast.map((c) => [c.actorId, c.billingOrder]).sort((x, y) => Number(x[1]) - Number(y[1]))).toEqual([[b.id, 1], [a.id, 2]]);
    const listed = await listActors(parseListParams({ q: nameA }, { sorts: ["name"] as const, defaultSort: "name" }));
    expect(listed.rows.find((r) => r.id === a.id)).toMatchObject({ movieCount: 1 });
    expect(await deleteActor(admin.id, a.id)).toMatchObject({ unlinkedMovies: 1 });
    expect(await db.select().from(actors).where(eq(actors.id, a.id))).toEqual([]);
    expect((await db.select().from(movieCast).where(eq(movieCast.movieId, movie.id))).map((c) => c.actorId)).toEqual([b.id]);
  });

  it("rolls the whole movie back when one link is bad", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const title = unique("Broken");
    await expect(saveMovie(admin.id, movieInput(title, [{ actorId: crypto.randomUUID(), characterName: "" }]))).rejects.toMatchObject({ status: 409 });
    expect(await db.select().from(movies).where(eq(movies.title, title))).toEqual([]);
  });

  it("refuses to delete a scheduled movie and offers archiving", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const { movie } = await createShowtimeFixture(db);
    await expect(deleteMovie(admin.id, movie.id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining("Archive it instead") });
    await setMovieArchived(admin.id, movie.id, true);
    const [archived] = await db.select().from(movies).where(eq(movies.id, movie.id));
    expect(archived.archivedAt).toBeInstanceOf(Date);
  });

  it("counts a movie's showtimes, upcoming ones and tickets for its edit page", async () => {
    const db = await testDb();
    const { movie } = await createShowtimeFixture(db);
    const details = await getMovie(movie.id);
    expect(details?.usage).toEqual({ showtimes: 1, upcoming: 1, tickets: 0 });
  });
});
