import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  movieListQuery,
  parseCitySlug,
  parseMovieListParams,
  parseShowtimeFilters,
} from "./search-params";

describe("parseMovieListParams", () => {
  it("reads a full, valid query", () => {
    const parsed = parseMovieListParams({
      q: "  star   wars ",
      genre: "science-fiction",
      category: "family-night",
      cinema: "marquee-bankside",
      date: "2026-11-24",
      format: "imax",
      lang: "fr",
      subs: "en",
      access: ["ad", "relaxed"],
      sort: "title",
      page: "3",
    });
    expect(parsed).toEqual({
      q: "star wars",
      genre: "science-fiction",
      category: "family-night",
      cinema: "marquee-bankside",
      date: "2026-11-24",
      format: "IMAX",
      language: "fr",
      subtitles: "en",
      access: ["ad", "relaxed"],
      sort: "title",
      page: 3,
    });
  });

  it("drops junk values instead of failing", () => {
    const parsed = parseMovieListParams({
      genre: "<script>alert(1)</script>",
      category: "' OR 1=1 --",
      cinema: "../../etc/passwd",
      date: "2026-02-31",
      format: "IMAX'; DROP TABLE movies; --",
      lang: "english",
      subs: "yes please",
      access: ["ad", "nope", "ad"],
      sort: "price; delete",
      page: "-4",
    });
    expect(parsed).toEqual({ sort: "newest", page: 1, access: ["ad"] });
  });

  it("keeps SQL and wildcards in the search text as plain text", () => {
    expect(parseMovieListParams({ q: "'; DROP TABLE movies; --" }).q).toBe("'; DROP TABLE movies; --");
    expect(parseMovieListParams({ q: "100%_off" }).q).toBe("100%_off");
  });

  it("caps a 10 KB value and removes control characters", () => {
    const huge = "a".repeat(10_240);
    expect(parseMovieListParams({ q: huge }).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseMovieListParams({ genre: huge }).genre).toBeUndefined();
    expect(parseMovieListParams({ page: "9".repeat(10_240) }).page).toBe(1);
    expect(parseMovieListParams({ q: "a\u0000b\nc" }).q).toBe("a b c");
  });

  it("takes the first of repeated single-value parameters and ignores empty ones", () => {
    expect(parseMovieListParams({ genre: ["drama", "comedy"], q: "" })).toMatchObject({ genre: "drama", q: undefined });
  });

  it("caps how many accessibility flags are read", () => {
    expect(parseShowtimeFilters({ access: Array.from({ length: 5000 }, () => "cc") }).access).toEqual(["cc"]);
  });

  it("accepts any subtitles", () => {
    expect(parseShowtimeFilters({ subs: "any" }).subtitles).toBe("any");
  });
});

describe("parseCitySlug", () => {
  it("accepts a slug and rejects anything else", () => {
    expect(parseCitySlug({ city: "manchester" })).toBe("manchester");
    expect(parseCitySlug({ city: "Manchester<b>" })).toBeUndefined();
  });
});


describe("movieListQuery", () => {
  it("round-trips and leaves defaults out", () => {
    const query = movieListQuery({ q: "a&b", format: "IMAX", access: ["cc", "ad"], sort: "newest", page: 1 });
    expect(query).toBe("?q=a%26b&format=IMAX&access=cc&access=ad");
    const params = Object.fromEntries(
      [...new URLSearchParams(query).entries()].reduce((map, [k, v]) => map.set(k, [...(map.get(k) ?? []), v]), new Map<string, string[]>()),
    );
    expect(parseMovieListParams(params)).toMatchObject({ q: "a&b", format: "IMAX", access: ["cc", "ad"] });
  });
});
