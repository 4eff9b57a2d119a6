"use client";

import { useActionState, useEffect, useRef } from "react";
import { checkInAction } from "@/app/admin/orders/actions";
import { Button } from "@/components/ui/button";

/**
 * A scanner types the code and presses Enter, so the field keeps focus and empties after each
 * scan; the verdict is large and coloured for a door in a dark foyer, and announced to screen readers.
 */
export function CheckInForm() {
  const [state, action, pending] = useActionState(checkInAction, null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    if (state?.ok) input.current?.select();
  }, [state]);
  const error = state && !state.ok ? (state.formError ?? state.fieldErrors?.code?.[0]) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
        <label htmlFor="ticket-code" className="text-sm font-medium text-zinc-800">
          Ticket code
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            ref={input}
            id="ticket-code"
            name="code"
            required
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            defaultValue={state && !state.ok ? state.values?.code : undefined}
            key={state?.ok ? `ok-${state.data?.orderNumber}-${state.data?.seat}` : "input"}
            aria-invalid={error ? true : undefined}
            aria-describedby="check-in-verdict"
            className="min-h-12 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          />
          <Button type="submit" disabled={pending} className="min-h-12">
            {pending ? "Checking…" : "Check in"}
          </Button>
        </div>
      </form>
      <div id="check-in-verdict" aria-live="assertive">
        {state?.ok && state.data ? (
          <section aria-label="Admitted" className="rounded-xl border-2 border-green-600 bg-green-50 p-5 text-green-950">
            <p className="text-2xl font-bold">✓ Admitted</p>
            <p className="mt-2 text-3xl font-bold">{state.data.seat}</p>
            <p className="mt-1 text-lg font-semibold">{state.data.movieTitle}</p>
            <p>{state.data.startsAt}</p>
            <p className="text-sm">{state.data.place}</p>
            <p className="mt-2 text-sm">
              {state.data.ticketType} · Order <span className="font-mono">{state.data.orderNumber}</span>
            </p>
            {state.data.idMayBeChecked ? <p className="mt-2 font-semibold">Check ID: {state.data.ticketType} ticket.</p> : null}
            {state.data.unpaidLabel ? <p className="mt-2 rounded bg-amber-100 px-2 py-1 font-semibold text-amber-950">{state.data.unpaidLabel}</p> : null}
          </section>
        ) : error ? (
          <section aria-label="Refused" className="rounded-xl border-2 border-red-600 bg-red-50 p-5 text-red-950">
            <p className="text-2xl font-bold">✕ Not admitted</p>
            <p className="mt-2 text-lg">{error}</p>
          </section>
        ) : null}
      </div>
    </div>
  );
}
