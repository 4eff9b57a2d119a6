import { describe, expect, it } from "vitest";
import { formatShowDateTime, formatShowTime, localDateKey } from "./format";

describe("time formatting in the cinema's zone", () => {
  it("shows London summer and winter times correctly", () => {
    expect(formatShowTime(new Date("2026-07-01T18:30:00Z"), "Europe/London")).toBe("19:30");
    expect(formatShowTime(new Date("2026-12-01T18:30:00Z"), "Europe/London")).toBe("18:30");
  });

  it("puts a late UTC instant on the next local day where the zone is ahead", () => {
    const at = new Date("2026-12-01T23:30:00Z");
    expect(localDateKey(at, "Europe/London")).toBe("2026-12-01");
    expect(localDateKey(at, "Europe/Berlin")).toBe("2026-12-02");
  });

  it("writes the full date and time", () => {
    expect(formatShowDateTime(new Date("2026-12-01T19:30:00Z"), "Europe/London")).toBe("Tuesday, 1 December 2026 at 19:30");
  });
});
