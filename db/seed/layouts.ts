import { parseSeatLayout, type LayoutSeat } from "../../lib/venues/seat-layout";

/**
 * Describes an auditorium in a few numbers and draws it in the text format of
 * lib/venues/seat-layout.ts, so two dozen screens can differ without hand-typing each grid.
 */
export type LayoutSpec = {
  rows: number;
  /** Seats across a full row, aisles not counted. */
  seats: number;
  aisle: "none" | "centre" | "sides";
  /** Back rows sold as premium. */
  premiumRows?: number;
  /** Premium rows as two-seat sofas with a gap after each pair. */
  sofas?: boolean;
  /** Wheelchair spaces, each with a companion seat beside it, on the front row. */
  wheelchairs?: 1 | 2;
  /** Aisle-end seats on the second row kept as accessible seats. */
  accessible?: number;
  /** The front rows narrow by one seat at each end per row, like a fan. */
  taper?: number;
  /** A cross walkway (an empty line) after this many rows. */
  walkwayAfter?: number;
};

function blocks(spec: LayoutSpec): number[] {
  if (spec.aisle === "none") return [spec.seats];
  if (spec.aisle === "centre") return [Math.floor(spec.seats / 2), Math.ceil(spec.seats / 2)];
  const side = Math.round(spec.seats / 5);
  return [side, spec.seats - 2 * side, side];
}

function drawRow(spec: LayoutSpec, row: number): string {
  const premium = row >= spec.rows - (spec.premiumRows ?? 0);
  const sizes = blocks(spec);
  const cells = sizes.map((size, b) => {
    const block: string[] = Array.from({ length: size }, () => (premium ? "p" : "s"));
    if (premium && spec.sofas) {
      // Pairs start from the outer wall on each side, so a leftover gap falls by the aisle.
      const fromRight = b > 0 && b === sizes.length - 1;
      for (let i = 0; i < size; i++) {
        const fromWall = fromRight ? size - 1 - i : i;
        if (fromWall % 3 === 2 || (size % 3 === 1 && fromWall === size - 1)) block[i] = ".";
      }
    }
    return block;
  });

  // Outer seats removed on a tapered row keep their place, so columns stay aligned with the rows behind.
  const trim = Math.max(0, (spec.taper ?? 0) - row);
  const first = cells[0];
  const last = cells[cells.length - 1];
  for (let i = 0; i < trim; i++) {
    first[i] = ".";
    last[last.length - 1 - i] = ".";
  }

  if (row === 0 && spec.wheelchairs) {
    // A space, the companion seat beside it, then a gap for turning a chair.
    if (first.length - trim < 3 || last.length - trim < 3) {
      throw new Error("Seed layout: the front row is too narrow for a wheelchair space.");
    }
    first.splice(trim, 3, "w", "c", ".");
    if (spec.wheelchairs === 2) last.splice(last.length - trim - 3, 3, ".", "c", "w");
  }

  if (row === 1 && spec.accessible) {
    const ends: [string[], number][] = [];
    if (cells.length === 1) ends.push([first, trim], [first, first.length - 1 - trim]);
    for (let b = 0; b < cells.length - 1; b++) {
      ends.push([cells[b], cells[b].length - 1], [cells[b + 1], 0]);
    }
    for (const [block, index] of ends.slice(0, spec.accessible)) block[index] = "a";
  }

  return cells.map((block) => block.join("")).join("..");
}

export function drawLayout(spec: LayoutSpec): string {
  const lines: string[] = [];
  for (let row = 0; row < spec.rows; row++) {
    lines.push(drawRow(spec, row));
    if (spec.walkwayAfter === row + 1) lines.push("");
  }
  return lines.join("\n");
}

/** Every seeded layout must parse; a broken one is a bug in the seed, so fail loudly. */
export function seatsFor(layout: string, label: string): LayoutSeat[] {
  const result = parseSeatLayout(layout);
  if (!result.ok) throw new Error(`Seed layout for ${label} does not parse: ${result.errors.join(" ")}`);
  return result.seats;
}
