import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actors, movieCast, movies, showtimes } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createShowtimeFixture } from "@/test/fixtures/showtime";
import { localDateKey } from "@/lib/time/format";
import { searchMovies } from "./movie-search";
import { parseMovieListParams } from "./search-params";

const search = (params: Record<string, string | string[]>) => searchMovies(parseMovieListParams(params));
const slugsOf = async (params: Record<string, string | string[]>) => (await search(params)).movies.map((m) => m.slug);

describe("searchMovies", () => {
  it("finds a movie by title or by an actor's name, with % and _ taken literally", async () => {
    const db = await testDb();
    const tag = unique("q").replace(/-/g, "");
    const fixture = await createShowtimeFixture(db);
    await db.update(movies).set({ title: `${tag} 100% Proof_Night` }).where(eq(movies.id, fixture.movie.id));
    const [actor] = await db.insert(actors).values({ slug: unique("actor"), name: `Actor ${tag}` }).returning();
    await db.insert(movieCast).values({ movieId: fixture.movie.id, actorId: actor.id, billingOrder: 1 });

    expect(await slugsOf({ q: `${tag} 100%` })).toEqual([fixture.movie.slug]);
    expect(await slugsOf({ q: `Actor ${tag}` })).toEqual([fixture.movie.slug]);
    expect(await slugsOf({ q: `${tag} 100_` })).toEqual([]);
    expect(await slugsOf({ q: `${tag}%Night` })).toEqual([]);
  });

  it("treats SQL, HTML and 10 KB values as plain input", async () => {
    for (const q of ["'; DROP TABLE movies; --", "<script>alert(1)</script>", "x".repeat(10_240), "\\", "%", "_"]) {
      const result = await search({ q, genre: q, page: q, date: q, format: q });
      expect(result.page).toBe(1);
      expect(Array.isArray(result.movies)).toBe(true);
    }
  });

  it("filters by cinema, local date, format, subtitles and accessibility through upcoming showings", async () => {
    const db = await testDb();
    const startsAt = new Date(Date.now() + 2 * 24 * 3600_000);
    const fixture = await createShowtimeFixture(db, { startsAt, formatCode: "3D" });
    await db.update(showtimes).set({ subtitleLanguage: "de", sensoryFriendly: true }).where(eq(showtimes.id, fixture.showtime.id));
    const date = localDateKey(startsAt, "Europe/London");

    const mine = { cinema: fixture.cinema.slug };
    expect(await slugsOf({ ...mine })).toEqual([fixture.movie.slug]);
    expect(await slugsOf({ ...mine, date, format: "3d", subs: "de", access: ["relaxed"] })).toEqual([fixture.movie.slug]);
    expect(await slugsOf({ ...mine, format: "IMAX" })).toEqual([]);
    expect(await slugsOf({ ...mine, subs: "fr" })).toEqual([]);
    expect(await slugsOf({ ...mine, access: "ad" })).toEqual([]);
    expect(await slugsOf({ ...mine, date: "2001-01-01" })).toEqual([]);
  });

  it("paginates and counts", async () => {
    const result = await search({ page: "1" });
    expect(result.total).toBeGreaterThanOrEqual(result.movies.length);
    expect(result.pageCount).toBeGreaterThanOrEqual(1);
  });
});
