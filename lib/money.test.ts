import { describe, expect, it } from "vitest";
import { currencyDigits, formatMoney, majorToMinor, minorToMajor } from "./money";

describe("formatMoney", () => {
  it("formats minor units in the currency's own precision", () => {
    expect(formatMoney(1250, "GBP")).toBe("£12.50");
    expect(formatMoney(0, "GBP")).toBe("£0.00");
    expect(formatMoney(1250, "JPY")).toBe("JP¥1,250");
    expect(formatMoney(-300, "EUR")).toBe("-€3.00");
  });
});

describe("minor ↔ major units", () => {
  it("uses the currency's own number of digits", () => {
    expect(currencyDigits("GBP")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("KWD")).toBe(3);
    expect(minorToMajor(1250, "GBP")).toBe("12.50");
    expect(minorToMajor(1250, "JPY")).toBe("1250");
    expect(minorToMajor(1250, "KWD")).toBe("1.250");
    expect(majorToMinor("12.5", "GBP")).toBe(1250);
    expect(majorToMinor("1250", "JPY")).toBe(1250);
    expect(majorToMinor("1.25", "KWD")).toBe(1250);
  });

  it("round-trips and rounds away float noise", () => {
    expect(majorToMinor("19.99", "EUR")).toBe(1999);
    expect(majorToMinor(0.1 + 0.2, "USD")).toBe(30);
    expect(majorToMinor(minorToMajor(999_999, "GBP"), "GBP")).toBe(999_999);
  });
});
