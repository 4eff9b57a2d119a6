import type { seatKind } from "@/db/schema";

/**
 * A screen's seats are written as text, one line per row from the front (the screen side):
 *
 *   sssss..sssss      s standard   p premium   a accessible
 *   ppppp..ppppp      w wheelchair space        c companion seat (beside a wheelchair space)
 *                     . gap (aisle)             an empty line is a gap between rows
 *   wc.sssssss.cw
 *
 * Rows are lettered A, B, … from the front, skipping empty lines; seats are numbered from the left.
 */
export type SeatKind = (typeof seatKind.enumValues)[number];

export type LayoutSeat = { rowLabel: string; number: number; kind: SeatKind; x: number; y: number };

export type LayoutResult =
  | { ok: true; seats: LayoutSeat[]; rows: number; columns: number }
  | { ok: false; errors: string[] };

export const LAYOUT_LIMITS = { rows: 40, columns: 60 } as const;

const kindByChar: Record<string, SeatKind> = {
  s: "standard",
  p: "premium",
  a: "accessible",
  w: "wheelchair",
  c: "companion",
};

export function rowLabel(index: number): string {
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I or O: they read as 1 and 0 on a ticket
  if (index < letters.length) return letters[index];
  return letters[Math.floor(index / letters.length) - 1] + letters[index % letters.length];
}

export function parseSeatLayout(text: string): LayoutResult {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\s+$/, "").split("\n");
  const errors: string[] = [];
  if (lines.length > LAYOUT_LIMITS.rows) {
    errors.push(`A screen can have at most ${LAYOUT_LIMITS.rows} lines; this layout has ${lines.length}.`);
  }
  const seats: LayoutSeat[] = [];
  let rowIndex = 0;
  let columns = 0;
  lines.forEach((rawLine, y) => {
    const line = rawLine.replace(/\s+$/, "");
    if (line.trim() === "") return;
    if (line.length > LAYOUT_LIMITS.columns) {
      errors.push(`Line ${y + 1} is ${line.length} characters wide; the most is ${LAYOUT_LIMITS.columns}.`);
    }
    columns = Math.max(columns, line.length);
    const label = rowLabel(rowIndex++);
    let number = 0;
    [...line].forEach((char, x) => {
      if (char === "." || char === " ") return;
      const kind = kindByChar[char.toLowerCase()];
      if (!kind) {
        errors.push(`Line ${y + 1}, column ${x + 1}: "${char}" is not a seat kind (use s, p, a, w, c or .).`);
        return;
      }
      if (kind === "companion" && !besideWheelchair(line, x)) {
        errors.push(`Row ${label}: a companion seat (c) must sit beside a wheelchair space (w).`);
      }
      seats.push({ rowLabel: label, number: ++number, kind, x, y });
    });
  });
  if (seats.length === 0 && errors.length === 0) errors.push("The layout has no seats.");
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, seats, rows: rowIndex, columns };
}

/** A companion seat must be in an unbroken run of seats that contains a wheelchair space. */
function besideWheelchair(line: string, x: number) {
  const isSeat = (c: string | undefined) => c !== undefined && c !== "." && c !== " ";
  for (const step of [-1, 1]) {
    for (let i = x + step; isSeat(line[i]); i += step) {
      const kind = line[i].toLowerCase();
      if (kind === "w") return true;
      if (kind !== "c") break;
    }
  }
  return false;
}

/** How many seats of each kind a layout has, for the editor's summary and the screen list. */
export function countSeatsByKind(seats: Pick<LayoutSeat, "kind">[]): Record<SeatKind, number> {
  const counts: Record<SeatKind, number> = { standard: 0, premium: 0, accessible: 0, wheelchair: 0, companion: 0 };
  for (const seat of seats) counts[seat.kind] += 1;
  return counts;
}
