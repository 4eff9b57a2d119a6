import { describe, expect, it } from "vitest";
import { formatViewerDateTime, viewerTimeZone } from "./viewer-time-zone";

describe("the viewer's time zone", () => {
  it("takes a real IANA zone from the cookie and falls back to UTC for anything else", () => {
    expect(viewerTimeZone("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(viewerTimeZone(undefined)).toBe("UTC");
    expect(viewerTimeZone("Not/AZone")).toBe("UTC");
    expect(viewerTimeZone("<script>")).toBe("UTC");
    expect(viewerTimeZone("x".repeat(100))).toBe("UTC");
  });

  it("shows an instant on the viewer's clock, naming the zone", () => {
    const at = new Date("2026-12-03T09:15:00Z");
    expect(formatViewerDateTime(at, "UTC")).toBe("3 Dec 2026, 09:15 UTC");
    expect(formatViewerDateTime(at, "Asia/Tokyo")).toBe("3 Dec 2026, 18:15 GMT+9");
    expect(formatViewerDateTime(new Date("2026-07-03T09:15:00Z"), "Europe/London")).toBe("3 Jul 2026, 10:15 BST");
  });
});
