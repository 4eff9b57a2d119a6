"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { AdminActionState } from "@/lib/actions/admin-action";

/**
 * Submits a react-hook-form form to an admin action. Server field errors land on their fields, a
 * form error above the form; the typed values stay in the form either way. On success: toast, then
 * go to the page `redirectTo` names for the saved record.
 */
export function useAdminForm<Values extends FieldValues, Output, Data>(
  form: UseFormReturn<Values, unknown, Output>,
  action: (input: Values) => Promise<AdminActionState<Data>>,
  options: { successMessage: string; redirectTo?: (data: Data) => string | undefined; resetOnSuccess?: boolean },
) {
  const [formError, setFormError] = useState<string>();
  const router = useRouter();
  // The schema validates here first, but the server gets what was typed, not the parsed output:
  // it parses the same input with the same schema (a transform such as "9.50" → 950 runs once).
  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    const result = await action(form.getValues());
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) form.setError(field as Path<Values>, { message: messages[0] }, { shouldFocus: true });
      }
      setFormError(result.formError ?? (result.fieldErrors ? "Check the highlighted fields." : "Nothing was saved."));
      return;
    }
    toast.success(options.successMessage);
    if (options.resetOnSuccess) form.reset();
    const next = result.data === undefined ? undefined : options.redirectTo?.(result.data);
    if (next) router.push(next);
    else router.refresh();
  });
  return { onSubmit, formError };
}
