import { describe, expect, it } from "vitest";
import { bulkShowtimeSchema, showtimeSchema } from "./schemas";
import { datesBetween, utcToZonedLocal, zonedLocalToUtc } from "./local-time";

const id = "7f0c2a56-8f5e-4a55-9a39-8a4a9b0f0a11";
const base = {
  movieId: id,
  screenId: id,
  formatId: id,
  basePrice: "9.50",
  currency: "GBP",
  spokenLanguage: "en",
  subtitleLanguage: "",
  audioDescription: false,
  openCaptions: true,
  closedCaptions: false,
  sensoryFriendly: false,
  noDiscounts: false,
  ticketPrices: [{ ticketTypeId: id, price: "" }],
};

describe("showtime schemas", () => {
  it("turn the form into minor units and nulls", () => {
    expect(showtimeSchema.parse({ ...base, startsAtLocal: "2026-12-01T19:30" })).toMatchObject({
      basePrice: 950,
      subtitleLanguage: null,
      openCaptions: true,
      ticketPrices: [{ ticketTypeId: id, price: null }],
    });
  });

  it("refuse negative, zero, fractional-penny and huge prices, unknown languages and currencies", () => {
    const paths = (input: object) => showtimeSchema.safeParse({ ...base, startsAtLocal: "2026-12-01T19:30", ...input }).error?.issues.map((i) => i.path.join("."));
    expect(paths({ basePrice: "-1" })).toEqual(["basePrice"]);
    expect(paths({ basePrice: "0" })).toEqual(["basePrice"]);
    expect(paths({ basePrice: "9.999" })).toEqual(["basePrice"]);
    expect(paths({ basePrice: "1000000" })).toEqual(["basePrice"]);
    expect(paths({ spokenLanguage: "xx", subtitleLanguage: "english" })).toEqual(["spokenLanguage", "subtitleLanguage"]);
    expect(paths({ currency: "BTC" })).toEqual(["currency"]);
    expect(paths({ ticketPrices: [{ ticketTypeId: id, price: "-2" }] })).toEqual(["ticketPrices.0.price"]);
  });

  it("bound bulk ranges", () => {
    const bulk = { ...base, time: "19:30", firstDate: "2026-12-01", lastDate: "2026-12-07" };
    expect(bulkShowtimeSchema.safeParse(bulk).success).toBe(true);
    expect(bulkShowtimeSchema.safeParse({ ...bulk, lastDate: "2026-11-30" }).error?.issues[0].path).toEqual(["lastDate"]);
    expect(bulkShowtimeSchema.safeParse({ ...bulk, lastDate: "2027-06-01" }).error?.issues[0].path).toEqual(["lastDate"]);
    expect(bulkShowtimeSchema.safeParse({ ...bulk, time: "25:00" }).error?.issues[0].path).toEqual(["time"]);
  });
});

describe("cinema local time", () => {
  it("converts wall-clock time in the cinema's zone to UTC and back, across DST", () => {
    expect(zonedLocalToUtc("2026-12-01", "19:30", "Europe/London").toISOString()).toBe("2026-12-01T19:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-01", "19:30", "Europe/London").toISOString()).toBe("2026-07-01T18:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-01", "19:30", "America/New_York").toISOString()).toBe("2026-07-01T23:30:00.000Z");
    expect(utcToZonedLocal(new Date("2026-07-01T18:30:00Z"), "Europe/London")).toBe("2026-07-01T19:30");
  });

  it("lists the dates of a range", () => {
    expect(datesBetween("2026-10-24", "2026-10-26")).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
  });
});
