"use client";

import { useActionState, useEffect, useRef } from "react";
import { checkInAtDoorAction } from "@/app/box-office/actions";
import { Button } from "@/components/ui/button";
import { MarkPaidForm } from "./mark-paid-form";
import { QrScanner } from "./qr-scanner";

/**
 * The door, on a phone or at a desk: scan with the camera, a barcode scanner or type the code. The verdict
 * is large and coloured, announced to screen readers; an unpaid reservation can be marked paid right there.
 */
export function DoorCheckIn() {
  const [state, action, pending] = useActionState(checkInAtDoorAction, null);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // A desk's USB scanner types the code and presses Enter, so on a computer the field keeps focus, the
  // last code selected for the next scan. Not on a phone: focus there would cover the camera with a keyboard.
  useEffect(() => {
    if (window.matchMedia("(pointer: fine)").matches) input.current?.select();
  }, [state]);
  const error = state && !state.ok ? (state.fieldErrors?.code?.[0] ?? state.formError) : undefined;
  const admitted = state?.ok ? state.data : undefined;

  function submitScanned(code: string) {
    if (!input.current || !form.current) return;
    input.current.value = code;
    form.current.requestSubmit();
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
        <QrScanner onCode={submitScanned} />
        <form ref={form} action={action} className="flex flex-col gap-2">
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
              key={state?.ok ? `ok-${admitted?.orderNumber}-${admitted?.seat}` : "input"}
              aria-invalid={error ? true : undefined}
              aria-describedby="door-verdict"
              className="min-h-12 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
            />
            <Button type="submit" disabled={pending} className="min-h-12">
              {pending ? "Checking…" : "Check in"}
            </Button>
          </div>
        </form>
      </div>
      <div id="door-verdict" aria-live="assertive">
        {admitted ? (
          <section aria-label="Admitted" className="rounded-xl border-2 border-green-600 bg-green-50 p-4 text-green-950 sm:p-5">
            <p className="text-2xl font-bold">✓ Admitted</p>
            <p className="mt-2 text-3xl font-bold">{admitted.seat}</p>
            <p className="mt-1 text-lg font-semibold">{admitted.movieTitle}</p>
            <p>{admitted.startsAt}</p>
            <p className="text-sm">{admitted.place}</p>
            <p className="mt-2 text-sm">
              {admitted.ticketType} · Order <span className="font-mono">{admitted.orderNumber}</span>
            </p>
            {admitted.idMayBeChecked ? <p className="mt-2 font-semibold">Check ID: {admitted.ticketType} ticket.</p> : null}
            {admitted.amountDue ? (
              <div className="mt-3 flex flex-col gap-2 rounded-lg bg-amber-100 p-3 text-amber-950">
                <p className="font-semibold">
                  Not paid yet: {admitted.amountDue} is due for the whole order {admitted.orderNumber}.
                </p>
                <MarkPaidForm key={admitted.orderNumber} orderNumber={admitted.orderNumber} amount={admitted.amountDue} />
              </div>
            ) : null}
          </section>
        ) : error ? (
          <section aria-label="Refused" className="rounded-xl border-2 border-red-600 bg-red-50 p-4 text-red-950 sm:p-5">
            <p className="text-2xl font-bold">✕ Not admitted</p>
            <p className="mt-2 text-lg">{error}</p>
          </section>
        ) : null}
      </div>
    </div>
  );
}
