import { describe, expect, it } from "vitest";
import { ageOn } from "./age";

describe("ageOn", () => {
  it("counts a birthday only once it has come", () => {
    expect(ageOn("1980-11-23", new Date("2026-11-23T00:00:00Z"))).toBe(46);
    expect(ageOn("1980-11-24", new Date("2026-11-23T12:00:00Z"))).toBe(45);
    expect(ageOn("2000-02-29", new Date("2026-03-01T00:00:00Z"))).toBe(26);
  });
});
