import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirectPath("/account/orders?page=2#top")).toBe("/account/orders?page=2#top");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    42,
    undefined,
  ])("refuses %s", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
  });

  it("refuses a tab or newline smuggled into the host part", () => {
    expect(safeRedirectPath("/\t/evil.example")).toBe("/");
  });
});
