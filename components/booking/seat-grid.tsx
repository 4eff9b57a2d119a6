"use client";

import { memo } from "react";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { isPickable, seatKindText, seatViewText, type SeatView } from "./seat-view";

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

const kindAvailableClasses: Partial<Record<SeatKind, string>> = {
  premium: "border-amber-500 bg-amber-50 hover:bg-amber-100",
  wheelchair: "border-sky-600 bg-sky-50",
  companion: "border-sky-600 bg-sky-50",
  accessible: "border-teal-600 bg-teal-50",
};

/**
 * The auditorium drawn from the seats' grid positions. Each seat is a real button named for screen
 * readers ("Row F, seat 7, premium, £12.50, available"); seats that cannot be picked stay focusable
 * with aria-disabled so their state is still announced.
 */
export const SeatGrid = memo(function SeatGrid({ seats, columns, viewOf, priceText, onSeat }: Props) {
  const rowOf = new Map<number, string>();
  for (const seat of seats) rowOf.set(seat.y, seat.rowLabel);
  return (
    <div className="overflow-x-auto overscroll-x-contain rounded-xl border border-zinc-200 bg-white pb-3 pt-5 shadow-sm">
      <div className="mx-auto w-max px-3">
        <div aria-hidden="true" className="mx-8 mb-6">
          <div className="h-2 rounded-[50%/100%_100%_0_0] bg-gradient-to-b from-zinc-400 to-zinc-200" />
          <p className="mt-1 text-center text-[11px] font-semibold uppercase tracking-[0.4em] text-zinc-500">Screen</p>
        </div>
        <div
          className="grid gap-1 [--seat:1.875rem] sm:[--seat:2.125rem]"
          style={{ gridTemplateColumns: `1.25rem repeat(${columns}, var(--seat)) 1.25rem`, gridAutoRows: "var(--seat)" }}
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
            const kindClass = view === "available" ? (kindAvailableClasses[seat.kind] ?? "") : "";
            return (
              <button
                key={seat.id}
                type="button"
                data-seat-id={seat.id}
                aria-label={`Row ${seat.rowLabel}, seat ${seat.number}, ${seatKindText[seat.kind]}, ${priceText(seat)}, ${seatViewText[view]}`}
                aria-pressed={view === "selected"}
                aria-disabled={pickable ? undefined : true}
                onClick={() => onSeat(seat)}
                className={`relative flex items-center justify-center rounded-t-lg rounded-b-sm border-2 text-[11px] font-semibold leading-none transition-colors ${viewClasses[view]} ${kindClass}`}
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
  if (kind === "wheelchair") return <span aria-hidden="true" className="text-sm">♿</span>;
  return <span aria-hidden="true">{number}</span>;
}
