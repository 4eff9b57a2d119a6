import { describe, expect, it } from "vitest";
import { InvalidError } from "@/lib/errors";
import { checkComposition, type HeldSeat } from "./rules";
import { parseSelectionParam, selectionParam } from "./schemas";

const seat = (kind: HeldSeat["kind"], isCarer = false): HeldSeat => ({ kind, isCarer, label: "Row A, seat 1" });

describe("checkComposition", () => {
  it("allows up to three companion seats per wheelchair space", () => {
    expect(() => checkComposition([seat("wheelchair"), seat("companion"), seat("companion"), seat("companion")], { released: false })).not.toThrow();
    expect(() =>
      checkComposition([seat("wheelchair"), ...Array.from({ length: 4 }, () => seat("companion"))], { released: false }),
    ).toThrow(InvalidError);
    expect(() => checkComposition([seat("companion")], { released: false })).toThrow(/add a wheelchair space first/);
  });

  it("lets anyone have companion seats once they are on general sale", () => {
    expect(() => checkComposition([seat("companion"), seat("companion")], { released: true })).not.toThrow();
  });

  it("needs a paying ticket for every free carer ticket", () => {
    expect(() => checkComposition([seat("standard"), seat("standard", true)], { released: false })).not.toThrow();
    expect(() => checkComposition([seat("standard", true)], { released: false })).toThrow(/carer/);
    expect(() => checkComposition([seat("standard"), seat("standard", true), seat("standard", true)], { released: false })).toThrow(InvalidError);
  });
});

describe("selection in the URL", () => {
  const a = { seatId: "3f1d2c4e-9a8b-4c7d-8e6f-5a4b3c2d1e0f", ticketTypeId: "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9" };
  const b = { seatId: "7a6b5c4d-3e2f-4101-9f8e-7d6c5b4a3928", ticketTypeId: a.ticketTypeId };

  it("round-trips and drops anything malformed or repeated", () => {
    expect(parseSelectionParam(selectionParam([a, b]))).toEqual([a, b]);
    expect(parseSelectionParam(`${selectionParam([a])},nonsense,${a.seatId}~${a.ticketTypeId},'; drop table`)).toEqual([a]);
    expect(parseSelectionParam(undefined)).toEqual([]);
  });
});
