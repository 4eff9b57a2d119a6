"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { AdminActionState } from "@/lib/actions/admin-action";
import { useImageUploads } from "./use-image-uploads";

/**
 * Submits a react-hook-form form to an admin action. Server field errors land on their fields, a
 * form error above the form; the typed values stay in the form either way. On success: toast, then
 * go to the page `redirectTo` names for the saved record.
 *
 * The form's image fields report to `uploads`: Save first waits for an upload still in flight (the
 * button says "Uploading poster…"), then stops at a refused file with focus on its field, so a
 * chosen image is never silently left out. `pendingLabel` is what the submit button says meanwhile.
 */
export function useAdminForm<Values extends FieldValues, Output, Data>(
  form: UseFormReturn<Values, unknown, Output>,
  action: (input: Values) => Promise<AdminActionState<Data>>,
  options: { successMessage: string; redirectTo?: (data: Data) => string | undefined; resetOnSuccess?: boolean },
) {
  const [formError, setFormError] = useState<string>();
  const [waitingFor, setWaitingFor] = useState<string>();
  const uploads = useImageUploads();
  const router = useRouter();
  // The schema validates here first, but the server gets what was typed, not the parsed output:
  // it parses the same input with the same schema (a transform such as "9.50" → 950 runs once).
  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    setWaitingFor(uploads.uploadingLabel);
    const refused = await uploads.settle();
    setWaitingFor(undefined);
    if (refused) {
      setFormError(`The ${refused.label.toLowerCase()} you chose was not uploaded. Choose another file, or clear the chosen file to save without it.`);
      form.setFocus(refused.name as Path<Values>);
      return;
    }
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
  const pendingLabel = waitingFor ? `Uploading ${waitingFor.toLowerCase()}…` : form.formState.isSubmitting ? "Saving…" : undefined;
  return { onSubmit, formError, uploads, pendingLabel };
}
