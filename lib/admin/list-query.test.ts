import { describe, expect, it } from "vitest";
import { listHref, parseListParams } from "./list-query";

describe("parseListParams", () => {
  const options = { sorts: ["name", "createdAt"] as const, defaultSort: "name" as const, filters: ["status"] };

  it("falls back to defaults for unknown or hostile values", () => {
    const params = parseListParams({ sort: "password; drop table", dir: "sideways", page: "-4", q: "x".repeat(10_000) }, options);
    expect(params).toMatchObject({ sort: "name", dir: "asc", page: 1 });
    expect(params.q).toHaveLength(100);
  });

  it("keeps valid sort, direction, page and filters", () => {
    const params = parseListParams({ sort: "createdAt", dir: "desc", page: "3", status: "archived", other: "x" }, options);
    expect(params).toEqual({ q: "", sort: "createdAt", dir: "desc", page: 3, filters: { status: "archived" } });
  });

  it("builds URLs that reset the page when the list changes", () => {
    const params = parseListParams({ q: "ann", page: "4" }, options);
    expect(listHref("/admin/actors", params, { sort: "createdAt" })).toBe("/admin/actors?q=ann&sort=createdAt&dir=asc");
    expect(listHref("/admin/actors", params, { page: 5 })).toBe("/admin/actors?q=ann&sort=name&dir=asc&page=5");
  });
});

