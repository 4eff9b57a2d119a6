import { countSeatsByKind, type LayoutSeat, type SeatKind } from "@/lib/venues/seat-layout";

export const seatKindStyles: Record<SeatKind, { label: string; className: string; letter: string }> = {
  standard: { label: "Standard", className: "bg-zinc-200 text-zinc-800", letter: "s" },
  premium: { label: "Premium", className: "bg-amber-200 text-amber-900", letter: "p" },
  accessible: { label: "Accessible", className: "bg-sky-200 text-sky-900", letter: "a" },
  wheelchair: { label: "Wheelchair space", className: "bg-blue-700 text-white", letter: "w" },
  companion: { label: "Companion seat", className: "bg-teal-200 text-teal-900", letter: "c" },
};

/** The seats drawn as the audience sees them, screen at the top, with a count per kind. */
export function SeatLayoutPreview({ seats, columns }: { seats: LayoutSeat[]; columns: number }) {
  const counts = countSeatsByKind(seats);
  const maxY = seats.reduce((m, s) => Math.max(m, s.y), 0);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm font-semibold" aria-live="polite">
        {seats.length} seats:{" "}
        {(Object.keys(counts) as SeatKind[])
          .filter((kind) => counts[kind] > 0)
          .map((kind) => `${counts[kind]} ${seatKindStyles[kind].label.toLowerCase()}`)
          .join(", ")}
      </p>
      <div className="overflow-x-auto rounded-md border border-zinc-200 bg-white p-3" aria-hidden="true">
        <div className="mx-auto mb-3 h-1.5 w-3/4 rounded-full bg-zinc-400" title="Screen" />
        <div
          className="grid w-max gap-0.5"
          style={{ gridTemplateColumns: `repeat(${Math.max(columns, 1)}, 1.25rem)`, gridTemplateRows: `repeat(${maxY + 1}, 1.25rem)` }}
        >
          {seats.map((seat) => (
            <span
              key={`${seat.rowLabel}${seat.number}`}
              title={`${seat.rowLabel}${seat.number} ${seatKindStyles[seat.kind].label}`}
              className={`flex items-center justify-center rounded-sm text-[0.55rem] font-semibold ${seatKindStyles[seat.kind].className}`}
              style={{ gridColumn: seat.x + 1, gridRow: seat.y + 1 }}
            >
              {seat.number}
            </span>
          ))}
        </div>
      </div>
      <ul className="flex flex-wrap gap-3 text-xs text-zinc-700">
        {(Object.keys(seatKindStyles) as SeatKind[]).map((kind) => (
          <li key={kind} className="inline-flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded-sm ${seatKindStyles[kind].className}`} />
            <code>{seatKindStyles[kind].letter}</code> {seatKindStyles[kind].label}
          </li>
        ))}
      </ul>
    </div>
  );
}
