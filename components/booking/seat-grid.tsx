"use client";

import { memo, useEffect, useRef } from "react";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { WheelchairIcon } from "./icons";
import { isPickable, seatKindText, seatViewText, type SeatView } from "./seat-view";
import { seatLabel } from "@/lib/venues/seat-label";

export type GridSeat = { id: string; rowLabel: string; number: number; kind: SeatKind; x: number; y: number };

type Props = {
  seats: GridSeat[];
  columns: number;
  viewOf: (seat: GridSeat) => SeatView;
  priceText: (seat: GridSeat) => string;
  onSeat: (seat: GridSeat) => void;
};

const viewClasses: Record<SeatView, string> = {
  available: "bg-white text-zinc-700 border-zinc-400 hover:border-brand-600 hover:bg-brand-50",
  selected: "bg-brand-700 text-white border-brand-800 shadow-md",
  yours: "bg-emerald-600 text-white border-emerald-700",
  held: "bg-zinc-200 text-zinc-400 border-zinc-300 cursor-not-allowed bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgba(0,0,0,0.08)_4px_6px)]",
  sold: "bg-zinc-300 text-zinc-500 border-zinc-300 cursor-not-allowed",
  "held-back": "bg-sky-50 text-sky-700 border-sky-300 border-dashed",
};

/** How an available seat of a special kind looks (replacing the plain available look). */
const kindAvailableClasses: Partial<Record<SeatKind, string>> = {
  premium: "bg-amber-50 text-amber-900 border-amber-500 hover:bg-amber-100",
  wheelchair: "bg-sky-50 text-sky-800 border-sky-600 hover:bg-sky-100",
  companion: "bg-sky-50 text-sky-800 border-sky-600 hover:bg-sky-100",
  accessible: "bg-violet-50 text-violet-900 border-violet-500 hover:bg-violet-100",
};

/**
 * The auditorium drawn from the seats' grid positions. Each seat is a real button named for screen
 * readers ("Row F, seat 7, premium, £12.50, available"); seats that cannot be picked stay focusable
 * with aria-disabled so their state is still announced.
 */
export const SeatGrid = memo(function SeatGrid({ seats, columns, viewOf, priceText, onSeat }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen the map scrolls sideways: start from the middle, where most people sit.
  useEffect(() => {
    const el = scroller.current;
    if (el && el.scrollWidth > el.clientWidth) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
  }, []);
  const rowOf = new Map<number, string>();
  for (const seat of seats) rowOf.set(seat.y, seat.rowLabel);
  return (
    <div ref={scroller} className="overflow-x-auto overscroll-x-contain rounded-xl border border-zinc-200 bg-white pb-4 pt-5 shadow-sm [container-type:inline-size]">
      <div className="mx-auto w-max px-3">
        <div aria-hidden="true" className="mx-8 mb-6">
          <div className="h-2 rounded-[50%/100%_100%_0_0] bg-gradient-to-b from-zinc-400 to-zinc-200" />
          <p className="mt-1 text-center text-[11px] font-semibold uppercase tracking-[0.4em] text-zinc-500">Screen</p>
        </div>
        <div
          className="grid gap-1"
          style={{
            // Seats grow to fill a wide screen (up to 2.5rem) and never shrink below a fingertip on a
            // phone, where the map scrolls sideways instead.
            ["--seat" as string]: `clamp(1.75rem, calc((100cqw - 4.5rem) / ${columns} - 0.25rem), 2.5rem)`,
            gridTemplateColumns: `1.25rem repeat(${columns}, var(--seat)) 1.25rem`,
            gridAutoRows: "var(--seat)",
          }}
        >
          {[...rowOf.entries()].flatMap(([y, label]) => [
            <span key={`l${y}`} aria-hidden="true" className="flex items-center justify-center text-xs font-semibold text-zinc-400" style={{ gridRow: y + 1, gridColumn: 1 }}>
              {label}
            </span>,
            <span key={`r${y}`} aria-hidden="true" className="flex items-center justify-center text-xs font-semibold text-zinc-400" style={{ gridRow: y + 1, gridColumn: columns + 2 }}>
              {label}
            </span>,
          ])}
          {seats.map((seat) => {
            const view = viewOf(seat);
            const pickable = isPickable(view);
            const look = (view === "available" ? kindAvailableClasses[seat.kind] : undefined) ?? viewClasses[view];
            return (
              <button
                key={seat.id}
                type="button"
                data-seat-id={seat.id}
                aria-label={`${seatLabel(seat.rowLabel, seat.number)}, ${seatKindText[seat.kind]}, ${priceText(seat)}, ${seatViewText[view]}`}
                aria-pressed={view === "selected"}
                aria-disabled={pickable ? undefined : true}
                onClick={() => onSeat(seat)}
                className={`seat ${look}`}
                style={{ gridRow: seat.y + 1, gridColumn: seat.x + 2 }}
              >
                <SeatMark kind={seat.kind} view={view} number={seat.number} />
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
});

function SeatMark({ kind, view, number }: { kind: SeatKind; view: SeatView; number: number }) {
  if (view === "selected" || view === "yours") return <span aria-hidden="true">✓</span>;
  if (view === "sold" || view === "held") return <span aria-hidden="true">×</span>;
  if (kind === "wheelchair") return <WheelchairIcon className="size-[70%]" />;
  return <span aria-hidden="true">{number}</span>;
}
