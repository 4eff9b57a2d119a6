"use client";

import { useActionState, useRef } from "react";
import { changeHeldTicketTypeAction, releaseSeatAction } from "@/app/(site)/cart/actions";
import type { ActionState } from "@/lib/actions/action-state";

type SeatRef = { showtimeId: string; seatId: string; seatName: string };

const idle: ActionState = { ok: true };

/** The ticket type of a held seat; choosing another saves it at once. */
export function TicketTypeControl({
  showtimeId,
  seatId,
  seatName,
  ticketTypeId,
  options,
}: SeatRef & { ticketTypeId: string; options: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(changeHeldTicketTypeAction, idle);
  const form = useRef<HTMLFormElement>(null);
  const selectId = `cart-type-${seatId}`;
  const errorId = `${selectId}-error`;
  const error = state.ok ? undefined : (state.formError ?? state.fieldErrors?.ticketTypeId?.[0]);
  return (
    <form ref={form} action={action} className="flex flex-col gap-1">
      <input type="hidden" name="showtimeId" value={showtimeId} />
      <input type="hidden" name="seatId" value={seatId} />
      <label htmlFor={selectId} className="sr-only">
        Ticket type for {seatName}
      </label>
      <select
        id={selectId}
        name="ticketTypeId"
        defaultValue={ticketTypeId}
        key={ticketTypeId}
        disabled={pending}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={() => form.current?.requestSubmit()}
        className="min-h-10 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 disabled:opacity-60"
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <p id={errorId} aria-live="polite" className="text-xs text-red-700 empty:hidden">
        {error}
      </p>
    </form>
  );
}

export function RemoveSeatButton({ showtimeId, seatId, seatName }: SeatRef) {
  const [state, action, pending] = useActionState(releaseSeatAction, idle);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="showtimeId" value={showtimeId} />
      <input type="hidden" name="seatId" value={seatId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Remove ${seatName}`}
        className="rounded-md px-2 py-1.5 text-sm font-medium text-zinc-600 hover:bg-zinc-100 hover:text-red-700 disabled:opacity-60"
      >
        Remove
      </button>
      {!state.ok && state.formError ? (
        <p role="alert" className="max-w-56 text-right text-xs text-red-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
