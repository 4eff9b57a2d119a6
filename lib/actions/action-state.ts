/** The one shape every server action returns to its form (built by lib/actions/define-action.ts). */
export type ActionState<Data = undefined> =
  | { ok: true; data?: Data; message?: string }
  | {
      ok: false;
      /** The HTTP status the refusal or failure stands for (401, 403, 404, 409, 422, 429, 500). */
      status?: number;
      formError?: string;
      /** The domain's name for the refusal, for a form that offers a way out (e.g. "email_unverified"). */
      code?: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** What the user typed (never passwords), so a rejected form keeps its input. */
      values?: Record<string, string>;
    };
