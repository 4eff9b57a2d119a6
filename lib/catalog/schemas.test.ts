import { describe, expect, it } from "vitest";
import { actorSchema, categorySchema, movieSchema, producerSchema } from "./schemas";
import { slugify } from "./slug";

const movie = {
  title: "The Long Night",
  slug: "",
  synopsis: "",
  releaseDate: "2026-12-01",
  runtimeMinutes: "118",
  certificate: "15",
  language: "en",
  posterId: "",
  trailerUrl: "",
  genreIds: [],
  categoryIds: [],
  producerIds: [],
  cast: [],
};

describe("catalog schemas", () => {
  it("accept form strings and normalise blanks", () => {
    expect(actorSchema.parse({ name: " Ann Lee ", slug: "", birthDate: "", bio: "", photoId: "" })).toEqual({
      name: "Ann Lee",
      slug: "",
      birthDate: null,
      bio: "",
      photoId: null,
    });
    expect(producerSchema.parse({ name: "P", slug: "p", age: "47", company: "", bio: "", photoId: null }).age).toBe(47);
    expect(movieSchema.parse(movie)).toMatchObject({ runtimeMinutes: 118, posterId: null, trailerUrl: null });
  });

  it("refuse bad values with a message on the field", () => {
    const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
      result.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(errors(actorSchema.safeParse({ name: "", slug: "Bad Slug", birthDate: "2999-01-01", bio: "", photoId: "" }))).toEqual([
      "name",
      "slug",
      "birthDate",
    ]);
    expect(errors(producerSchema.safeParse({ name: "x", slug: "", age: "-1", company: "", bio: "", photoId: "" }))).toEqual(["age"]);
    expect(errors(producerSchema.safeParse({ name: "x", slug: "", age: "2.5", company: "", bio: "", photoId: "" }))).toEqual(["age"]);
    expect(
      errors(movieSchema.safeParse({ ...movie, runtimeMinutes: "0", language: "zz", trailerUrl: "javascript:alert(1)" })),
    ).toEqual(["runtimeMinutes", "language", "trailerUrl"]);
    const actorId = "7f0c2a56-8f5e-4a55-9a39-8a4a9b0f0a11";
    expect(errors(movieSchema.safeParse({ ...movie, cast: [{ actorId, characterName: "A" }, { actorId, characterName: "B" }] }))).toEqual(["cast"]);
  });

  it("refuse smuggled fields", () => {
    expect(categorySchema.safeParse({ name: "Family", slug: "", description: "", id: "x" }).success).toBe(false);
    expect(actorSchema.safeParse({ name: "A", slug: "", birthDate: "", bio: "", photoId: "", createdAt: "2020-01-01" }).success).toBe(false);
  });
});

describe("slugs", () => {
  it("make readable slugs from any name", () => {
    expect(slugify("Zoë Saldaña & Co.")).toBe("zoe-saldana-co");
    expect(slugify("!!!")).toBe("item");
  });
});
