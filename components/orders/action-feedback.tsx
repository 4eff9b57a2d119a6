"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/action-state";

/**
 * The outcome of an order change: success as a toast (the control that was used may be gone from
 * the re-rendered page, e.g. a cancelled ticket's), errors inline where the customer is looking.
 */
export function ActionFeedback({ state, field }: { state: ActionState | null; field?: string }) {
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
  if (!state || state.ok) return null;
  const message =
    state.formError ??
    (field ? state.fieldErrors?.[field]?.[0] : undefined) ??
    Object.values(state.fieldErrors ?? {})[0]?.[0] ??
    "That didn't work. Reload the page and try again.";
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
