import { z } from "zod";
import { DomainError, ReauthenticationRequiredError } from "@/lib/errors";

/** The one shape every server action returns to its form. */
export type ActionState<Data = undefined> =
  | { ok: true; data?: Data; message?: string }
  | {
      ok: false;
      formError?: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** What the user typed (never passwords), so a rejected form keeps its input. */
      values?: Record<string, string>;
      /** The action needs a recent re-authentication first: the form opens the re-auth dialog. */
      reauthenticate?: true;
    };

export function invalidInput(error: z.ZodError, values?: Record<string, string>): ActionState<never> {
  return { ok: false, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>, values };
}

/** Maps a thrown domain error to form state; anything else is a bug and keeps propagating. */
export function domainErrorState(error: unknown, values?: Record<string, string>): ActionState<never> {
  if (error instanceof ReauthenticationRequiredError) {
    return { ok: false, formError: error.message, reauthenticate: true, values };
  }
  if (error instanceof DomainError) {
    return { ok: false, formError: error.message, fieldErrors: error.fieldErrors, values };
  }
  throw error;
}
