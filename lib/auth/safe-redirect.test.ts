import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/account/orders?page=2#top", "/account/orders?page=2#top"],
    ["/movies/the-third-man", "/movies/the-third-man"],
    ["/a/./b/../c", "/a/c"],
    ["/%2e%2e/account", "/account"],
  ])("keeps the path on this site: %s → %s", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    42,
    undefined,
    // Paths that normalise to a protocol-relative URL: a browser would follow them to another host.
    "/.//evil.example",
    "/./\\evil.example",
    "/%2e//evil.example",
    "/%2E//evil.example",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2e%2e//evil.example",
    "/.%2e//evil.example",
    "/././/evil.example",
    "/.\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/.\t//evil.example",
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
  });

  it("never returns anything but a single-slash path, whatever it is given", () => {
    const pieces = ["/", "\\", ".", "..", "%2e", "%2E", "%2f", "%5c", "\t", "evil.example", "@", ":"];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const result = safeRedirectPath(`/${a}${b}${c}evil.example`);
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//") || result.startsWith("/\\")).toBe(false);
      expect(new URL(result, "http://marquee.invalid").origin).toBe("http://marquee.invalid");
    }
  });
});
