import { describe, expect, it } from "vitest";
import { countSeatsByKind, parseSeatLayout } from "./seat-layout";
import { cinemaSchema, screenSchema } from "./schemas";

const cinema = {
  name: "Riverside",
  slug: "",
  address: "1 Quay",
  city: "Bristol",
  postcode: "BS1",
  country: "gb",
  phone: "+44 117 000 0000",
  timeZone: "Europe/London",
  latitude: "",
  longitude: "",
};

describe("cinema and screen schemas", () => {
  it("accept a valid cinema and normalise it", () => {
    expect(cinemaSchema.parse(cinema)).toMatchObject({ country: "GB", latitude: null, longitude: null });
    expect(cinemaSchema.parse({ ...cinema, latitude: "51.45", longitude: "-2.6" })).toMatchObject({ latitude: 51.45, longitude: -2.6 });
  });

  it("refuse an unknown time zone, out-of-range or half coordinates", () => {
    const paths = (input: object) => cinemaSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths({ ...cinema, timeZone: "Mars/Olympus" })).toEqual(["timeZone"]);
    expect(paths({ ...cinema, timeZone: "EST" })).toEqual(["timeZone"]);
    expect(paths({ ...cinema, latitude: "91", longitude: "0" })).toEqual(["latitude"]);
    expect(paths({ ...cinema, latitude: "50", longitude: "" })).toEqual(["longitude"]);
  });

  it("put every layout parser error on the layout field", () => {
    const result = screenSchema.safeParse({ cinemaId: "7f0c2a56-8f5e-4a55-9a39-8a4a9b0f0a11", name: "1", layout: "ssx\nc.s" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.every((i) => i.path.join(".") === "layout")).toBe(true);
    expect(issues.map((i) => i.message)).toEqual([
      'Line 1, column 3: "x" is not a seat kind (use s, p, a, w, c or .).',
      "Row B: a companion seat (c) must sit beside a wheelchair space (w).",
    ]);
  });
});

describe("countSeatsByKind", () => {
  it("counts wheelchair spaces and companion seats separately", () => {
    const layout = parseSeatLayout("wc.sss.cw\npppp\naa");
    if (!layout.ok) throw new Error(layout.errors.join());
    expect(countSeatsByKind(layout.seats)).toEqual({ standard: 3, premium: 4, accessible: 2, wheelchair: 2, companion: 2 });
  });
});
