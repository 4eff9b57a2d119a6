"use client";

import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addToCartAction } from "@/app/(site)/showtimes/[id]/actions";
import { isHeldBackKind } from "@/lib/booking/rules";
import { BOOKING_LIMITS, selectionParam } from "@/lib/booking/schemas";
import { formatMoney } from "@/lib/money";
import type { SeatKind } from "@/lib/venues/seat-layout";
import { SeatGrid, type GridSeat } from "./seat-grid";
import { SeatLegend } from "./seat-legend";
import { SelectionPanel, type Choice, type PickerTicketType } from "./selection-panel";
import { useAvailability, type TakenState } from "./use-availability";
import type { SeatView } from "./seat-view";
import { seatLabel } from "@/lib/venues/seat-label";

type Price = { priceMinor: number; bookingFeeMinor: number };

export type SeatPickerProps = {
  showtimeId: string;
  currency: string;
  seats: GridSeat[];
  columns: number;
  initialTaken: Record<string, TakenState>;
  initialReleased: boolean;
  ticketTypes: PickerTicketType[];
  prices: Record<string, Partial<Record<SeatKind, Price>>>;
  initialSelection: Choice[];
  initialWheelchair: boolean;
  initialCarer: boolean;
  /** Undefined on the cached seat map, which cannot know: the live map's answer tells. */
  signedIn: boolean | undefined;
  /** Holds the chosen seats; the customer's "Add to cart" unless another caller (the box office) brings its own. */
  addAction?: typeof addToCartAction;
  /** Where to go once the seats are held (default: the cart). */
  afterAddHref?: string;
  /** The hold button's text (default "Add to cart"). */
  addLabel?: string;
};

/** The interactive seat map: picking seats, ticket types, declarations and "Add to cart". */
export function SeatPicker(props: SeatPickerProps) {
  const { showtimeId, currency, seats, ticketTypes, prices } = props;
  const router = useRouter();
  const seatById = useMemo(() => new Map(seats.map((s) => [s.id, s])), [seats]);
  const [selection, setSelection] = useState<Choice[]>(() =>
    props.initialSelection.filter(
      (c) => seatById.has(c.seatId) && prices[c.ticketTypeId] && !props.initialTaken[c.seatId],
    ),
  );
  const generalSeatIds = useMemo(() => seats.filter((s) => !isHeldBackKind(s.kind)).map((s) => s.id), [seats]);
  const watchedSeatIds = useMemo(() => selection.map((c) => c.seatId), [selection]);
  const availability = useAvailability(
    showtimeId,
    { taken: props.initialTaken, heldBackReleased: props.initialReleased, bookable: true },
    { watchedSeatIds, generalSeatIds, initialIsAnyones: props.signedIn === undefined },
  );
  const { taken, heldBackReleased: released, bookable, refresh } = availability;
  const signedIn = availability.signedIn ?? props.signedIn;
  const [wheelchair, setWheelchair] = useState(props.initialWheelchair);
  const [carer, setCarer] = useState(props.initialCarer);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const defaultType = ticketTypes.find((t) => !t.isCarer) ?? ticketTypes[0];

  const priceOf = useCallback(
    (seat: GridSeat, typeId: string | undefined) => (typeId ? prices[typeId]?.[seat.kind] : undefined),
    [prices],
  );

  // A seat someone else just took drops out of the selection, and the customer is told which.
  const lost = selection.filter((c) => taken[c.seatId] && taken[c.seatId] !== "yours");
  const active = lost.length === 0 ? selection : selection.filter((c) => !lost.includes(c));
  const lostNames = lost
    .map((c) => seatById.get(c.seatId))
    .map((s) => (s ? seatLabel(s.rowLabel, s.number) : "A seat"));
  const lostNotice =
    lostNames.length > 0
      ? `${lostNames.join(" and ")} ${lostNames.length === 1 ? "was" : "were"} just taken by someone else.`
      : null;

  // The selection lives in the address, so signing in (or reloading) brings the same seats back.
  useEffect(() => {
    const params = new URLSearchParams();
    if (active.length > 0) params.set("seats", selectionParam(active));
    if (wheelchair) params.set("wheelchair", "1");
    if (carer) params.set("carer", "1");
    const query = params.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  }, [active, wheelchair, carer]);

  const yoursCount = Object.values(taken).filter((s) => s === "yours").length;
  const selectedIds = useMemo(() => new Set(active.map((c) => c.seatId)), [active]);

  const viewOf = useCallback(
    (seat: GridSeat): SeatView => {
      if (selectedIds.has(seat.id)) return "selected";
      const state = taken[seat.id];
      if (state) return state;
      if (isHeldBackKind(seat.kind) && !released && !wheelchair) return "held-back";
      return "available";
    },
    [selectedIds, taken, released, wheelchair],
  );

  const selectedType = useMemo(() => new Map(active.map((c) => [c.seatId, c.ticketTypeId])), [active]);
  const priceText = useCallback(
    (seat: GridSeat) => {
      const price = priceOf(seat, selectedType.get(seat.id) ?? defaultType?.id);
      return price ? formatMoney(price.priceMinor, currency) : "price not available";
    },
    [priceOf, selectedType, defaultType, currency],
  );

  const onSeat = useCallback(
    (seat: GridSeat) => {
      setError(null);
      const view = viewOf(seat);
      const name = seatLabel(seat.rowLabel, seat.number);
      if (view === "selected") {
        setSelection(active.filter((c) => c.seatId !== seat.id));
        setNotice(`${name} removed from your selection.`);
        return;
      }
      if (view === "held-back") {
        setNotice(
          `${name} is ${seat.kind === "wheelchair" ? "a wheelchair space" : "a companion seat beside a wheelchair space"}. ` +
            'These are kept for wheelchair users and the people with them until every other seat is taken. Tick "I need a wheelchair space" if you need one.',
        );
        return;
      }
      if (view !== "available") {
        setNotice(`${name} is ${view === "yours" ? "already in your cart" : "not available"}.`);
        return;
      }
      if (active.length + yoursCount >= BOOKING_LIMITS.seatsPerShowtime) {
        setNotice(`You can book up to ${BOOKING_LIMITS.seatsPerShowtime} seats for one showtime.`);
        return;
      }
      if (!defaultType) return;
      setSelection([...active, { seatId: seat.id, ticketTypeId: defaultType.id }]);
      setNotice(`${name} selected.`);
    },
    [viewOf, active, yoursCount, defaultType],
  );

  function changeWheelchair(value: boolean) {
    setWheelchair(value);
    if (!value && !released) {
      // Without the declaration the held-back seats are not on offer, so they leave the selection.
      setSelection((current) => current.filter((c) => !isHeldBackKind(seatById.get(c.seatId)?.kind ?? "standard")));
    }
  }

  function changeCarer(value: boolean) {
    setCarer(value);
    if (!value && defaultType) {
      const carerIds = new Set(ticketTypes.filter((t) => t.isCarer).map((t) => t.id));
      setSelection((current) =>
        current.map((c) => (carerIds.has(c.ticketTypeId) ? { ...c, ticketTypeId: defaultType.id } : c)),
      );
    }
  }

  function addToCart() {
    setError(null);
    // The chosen seats are in the URL, so signing in comes back to them.
    const signIn = () => router.push(`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    if (signedIn === false) return signIn();
    startTransition(async () => {
      const result = await (props.addAction ?? addToCartAction)({
        showtimeId,
        seats: active,
        wheelchairDeclared: wheelchair,
        carerDeclared: carer,
      });
      if (result.ok) {
        router.push(props.afterAddHref ?? "/cart");
        return;
      }
      // Signed out before the live map could tell (the cached page), or since it did.
      if (result.status === 401) return signIn();
      const fieldMessage = Object.values(result.fieldErrors ?? {})
        .flat()
        .find(Boolean);
      setError(result.formError ?? fieldMessage ?? "Those seats could not be added. Please try again.");
      await refresh();
    });
  }

  const lines = active.flatMap((choice) => {
    const seat = seatById.get(choice.seatId);
    if (!seat) return [];
    return [
      {
        choice,
        seat,
        price: priceOf(seat, choice.ticketTypeId) ?? {
          priceMinor: 0,
          bookingFeeMinor: 0,
        },
      },
    ];
  });

  const runningTotal = lines.reduce((sum, l) => sum + l.price.priceMinor + l.price.bookingFeeMinor, 0);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3">
        <section aria-labelledby="seat-map-heading" className="flex min-w-0 flex-col gap-3">
          <h2 id="seat-map-heading" className="sr-only">
            Seat map
          </h2>
          <SeatGrid seats={seats} columns={props.columns} viewOf={viewOf} priceText={priceText} onSeat={onSeat} />
          <p aria-live="polite" className="min-h-5 text-sm font-medium text-zinc-800">
            {bookable ? (lostNotice ?? notice) : "This showtime can no longer be booked."}
          </p>
        </section>
        {lines.length > 0 ? (
          // On a phone the panel is below the map: this bar keeps the running total in sight.
          <div className="sticky bottom-0 z-10 -mx-4 flex items-center justify-between gap-3 border-t border-zinc-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur lg:hidden">
            <p className="text-sm">
              <span className="font-semibold">
                {lines.length} {lines.length === 1 ? "seat" : "seats"}
              </span>{" "}
              · <span className="font-semibold tabular-nums">{formatMoney(runningTotal, currency)}</span>
            </p>
            <a
              href="#selection-heading"
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Review seats
            </a>
          </div>
        ) : null}
      </div>
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex flex-col gap-2">
          <p className="text-xs text-zinc-500 sm:hidden">Swipe the map sideways to see every seat.</p>
          <SeatLegend />
        </div>
        <SelectionPanel
          currency={currency}
          lines={lines}
          ticketTypes={ticketTypes}
          prices={prices}
          wheelchair={wheelchair}
          carer={carer}
          onWheelchair={changeWheelchair}
          onCarer={changeCarer}
          onType={(seatId, ticketTypeId) =>
            setSelection(active.map((c) => (c.seatId === seatId ? { ...c, ticketTypeId } : c)))
          }
          onRemove={(seatId) => setSelection(active.filter((c) => c.seatId !== seatId))}
          onAdd={addToCart}
          pending={pending}
          closed={!bookable}
          error={error}
          signedIn={signedIn}
          yoursCount={yoursCount}
          addLabel={props.addLabel}
        />
      </div>
    </div>
  );
}
