import { describe, expect, it } from "vitest";
import { parseSeatLayout, rowLabel } from "./seat-layout";

describe("parseSeatLayout", () => {
  it("letters rows from the front, numbers seats from the left and keeps gaps as positions", () => {
    const result = parseSeatLayout("ss.s\n\npp");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.seats).toEqual([
      { rowLabel: "A", number: 1, kind: "standard", x: 0, y: 0 },
      { rowLabel: "A", number: 2, kind: "standard", x: 1, y: 0 },
      { rowLabel: "A", number: 3, kind: "standard", x: 3, y: 0 },
      { rowLabel: "B", number: 1, kind: "premium", x: 0, y: 2 },
      { rowLabel: "B", number: 2, kind: "premium", x: 1, y: 2 },
    ]);
    expect(result.rows).toBe(2);
    expect(result.columns).toBe(4);
  });

  it("reads wheelchair spaces with companion seats beside them", () => {
    const result = parseSeatLayout("wcc.ss.cw");
    expect(result.ok && result.seats.map((s) => s.kind)).toEqual([
      "wheelchair", "companion", "companion", "standard", "standard", "companion", "wheelchair",
    ]);
  });

  it("refuses a companion seat that is not beside a wheelchair space", () => {
    const result = parseSeatLayout("ssc.w");
    expect(result).toEqual({
      ok: false,
      errors: ["Row A: a companion seat (c) must sit beside a wheelchair space (w)."],
    });
  });

  it("names the line and column of an unknown character", () => {
    const result = parseSeatLayout("ss\nsx");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toContain("Line 2, column 2");
  });

  it("refuses empty and oversized layouts", () => {
    expect(parseSeatLayout("  \n\n").ok).toBe(false);
    expect(parseSeatLayout("s".repeat(61)).ok).toBe(false);
    expect(parseSeatLayout(Array(41).fill("s").join("\n")).ok).toBe(false);
  });

  it("skips I and O in row letters", () => {
    expect(Array.from({ length: 10 }, (_, i) => rowLabel(i)).join("")).toBe("ABCDEFGHJK");
    expect(rowLabel(24)).toBe("AA");
  });
});
