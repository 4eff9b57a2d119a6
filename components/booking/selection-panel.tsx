"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import type { SeatKind } from "@/lib/venues/seat-layout";
import type { GridSeat } from "./seat-grid";
import { SeatKindBadge } from "./seat-kind-badge";
import { seatLabel } from "@/lib/venues/seat-label";

export type Choice = { seatId: string; ticketTypeId: string };
export type PickerTicketType = { id: string; name: string; ageNote: string; isCarer: boolean; idMayBeChecked: boolean };
type Price = { priceMinor: number; bookingFeeMinor: number };

type Props = {
  currency: string;
  lines: { choice: Choice; seat: GridSeat; price: Price }[];
  ticketTypes: PickerTicketType[];
  prices: Record<string, Partial<Record<SeatKind, Price>>>;
  wheelchair: boolean;
  carer: boolean;
  onWheelchair: (value: boolean) => void;
  onCarer: (value: boolean) => void;
  onType: (seatId: string, ticketTypeId: string) => void;
  onRemove: (seatId: string) => void;
  onAdd: () => void;
  pending: boolean;
  /** The showtime stopped being bookable while the page was open. */
  closed: boolean;
  error: string | null;
  /** Undefined until the live map tells (the cached seat map). */
  signedIn: boolean | undefined;
  yoursCount: number;
  addLabel?: string;
};

/** The chosen seats with a ticket type each, the two declarations, the running total and "Add to cart". */
export function SelectionPanel(props: Props) {
  const { currency, lines, ticketTypes, prices, carer } = props;
  const subtotal = lines.reduce((sum, l) => sum + l.price.priceMinor, 0);
  const fees = lines.reduce((sum, l) => sum + l.price.bookingFeeMinor, 0);
  const offered = ticketTypes.filter((t) => !t.isCarer || carer);
  const notes = ticketTypes.filter((t) => t.ageNote && (!t.isCarer || carer));
  return (
    <aside aria-labelledby="selection-heading" className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm lg:sticky lg:top-4">
      <h2 id="selection-heading" className="text-lg font-bold">
        Your seats
      </h2>
      {lines.length === 0 ? (
        <p className="text-sm text-zinc-600">
          Tap a seat on the map to choose it.
          {props.yoursCount > 0 ? (
            <>
              {" "}
              You already have {props.yoursCount} {props.yoursCount === 1 ? "seat" : "seats"} here in{" "}
              <Link href="/cart" className="font-medium text-brand-700 underline">
                your cart
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-zinc-100">
          {lines.map(({ choice, seat, price }) => {
            const name = seatLabel(seat.rowLabel, seat.number);
            const selectId = `type-${seat.id}`;
            return (
              <li key={seat.id} className="flex flex-wrap items-end gap-x-3 gap-y-2 py-3 first:pt-0">
                <div className="flex min-w-0 flex-1 basis-full items-center gap-2">
                  <p className="font-semibold">{name}</p>
                  <SeatKindBadge kind={seat.kind} />
                </div>
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <label htmlFor={selectId} className="sr-only">
                    Ticket type for {name}
                  </label>
                  <select
                    id={selectId}
                    value={choice.ticketTypeId}
                    onChange={(event) => props.onType(seat.id, event.target.value)}
                    className="min-h-10 w-full rounded-md border border-zinc-300 bg-white px-2 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
                  >
                    {offered.map((type) => (
                      <option key={type.id} value={type.id}>
                        {type.name} · {formatMoney(prices[type.id]?.[seat.kind]?.priceMinor ?? 0, currency)}
                      </option>
                    ))}
                  </select>
                </div>
                <p className="min-w-16 pb-2 text-right font-semibold tabular-nums">{formatMoney(price.priceMinor, currency)}</p>
                <button
                  type="button"
                  onClick={() => props.onRemove(seat.id)}
                  aria-label={`Remove ${name}`}
                  className="mb-1 rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <fieldset className="flex flex-col gap-3 rounded-lg bg-zinc-50 p-3">
        <legend className="sr-only">Access needs</legend>
        <Declaration
          id="declare-wheelchair"
          label="I need a wheelchair space"
          hint="Wheelchair spaces and the companion seats beside them are kept for wheelchair users. No proof needed."
          checked={props.wheelchair}
          onChange={props.onWheelchair}
        />
        <Declaration
          id="declare-carer"
          label="I need a carer with me"
          hint="Your carer gets a free Carer ticket with your paid ticket."
          checked={props.carer}
          onChange={props.onCarer}
        />
      </fieldset>

      {notes.length > 0 ? (
        <ul className="text-xs text-zinc-500">
          {notes.map((t) => (
            <li key={t.id}>
              {t.ageNote.startsWith(t.name) ? t.ageNote : `${t.name}: ${t.ageNote}`}
              {t.idMayBeChecked ? " — ID may be checked" : ""}
            </li>
          ))}
        </ul>
      ) : null}

      <div className="flex flex-col gap-3 border-t border-zinc-200 pt-3">
        <dl className="flex flex-col gap-1 text-sm">
          {fees > 0 ? (
            <>
              <div className="flex justify-between">
                <dt className="text-zinc-600">Tickets</dt>
                <dd className="tabular-nums">{formatMoney(subtotal, currency)}</dd>
              </div>
              <div className="flex justify-between">
                <dt className="text-zinc-600">Booking fee</dt>
                <dd className="tabular-nums">{formatMoney(fees, currency)}</dd>
              </div>
            </>
          ) : null}
          <div className="flex justify-between text-base font-bold">
            <dt>
              Total{lines.length > 0 ? ` (${lines.length} ${lines.length === 1 ? "seat" : "seats"})` : ""}
            </dt>
            <dd className="tabular-nums" data-testid="selection-total">
              {formatMoney(subtotal + fees, currency)}
            </dd>
          </div>
        </dl>
        {props.error ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {props.error}
          </p>
        ) : null}
        <Button onClick={props.onAdd} disabled={lines.length === 0 || props.pending || props.closed} className="w-full text-base">
          {props.pending ? "Adding…" : (props.addLabel ?? "Add to cart")}
        </Button>
        {props.signedIn === false ? <p className="text-center text-xs text-zinc-500">You’ll sign in first; your seats stay chosen.</p> : null}
      </div>
    </aside>
  );
}

function Declaration(props: { id: string; label: string; hint: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <div className="flex gap-3">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-describedby={`${props.id}-hint`}
        className="mt-0.5 size-5 shrink-0 accent-brand-700"
      />
      <div>
        <label htmlFor={props.id} className="text-sm font-medium">
          {props.label}
        </label>
        <p id={`${props.id}-hint`} className="text-xs text-zinc-600">
          {props.hint}
        </p>
      </div>
    </div>
  );
}
