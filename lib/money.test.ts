import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("formats minor units in the currency's own precision", () => {
    expect(formatMoney(1250, "GBP")).toBe("£12.50");
    expect(formatMoney(0, "GBP")).toBe("£0.00");
    expect(formatMoney(1250, "JPY")).toBe("JP¥1,250");
    expect(formatMoney(-300, "EUR")).toBe("-€3.00");
  });
});
