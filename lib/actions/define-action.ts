import "server-only";
import type { z } from "zod";
import { redirect } from "next/navigation";
import type { ActionState } from "./action-state";
import { echoedValues, formInput } from "./form-input";
import { invalidInputDetail, runOperation, type Access, type Failure, type Operation } from "./operation";

/**
 * The one way to build a server action: every `"use server"` export is made here (a test checks),
 * so none can forget the guard, the parse or the error mapping. The core (operation.ts) guards,
 * parses and calls the domain; this adapter reads FormData, runs the revalidation, answers with
 * ActionState and redirects outside any try (redirect() throws on purpose).
 */
export type ActionConfig<A extends Access, Schema extends z.ZodType, Result, Data> = Operation<A, Schema, Result> & {
  /** What an anonymous caller gets: the 401 state with this message, or sign-in and back to `returnTo`. */
  whenSignedOut?: { message: string } | { returnTo: string };
  /** After a success: updateTag / revalidatePath for what changed. */
  revalidate?: (result: Result, input: z.output<Schema>) => void | Promise<void>;
  /** The success message the form shows. */
  message?: string | ((result: Result, input: z.output<Schema>) => string);
  /** What of the result the form needs, sent as the state's `data` (nothing unless asked for). */
  data?: (result: Result, input: z.output<Schema>) => Data;
  /** After a success and its revalidation: where to send the browser. */
  redirectTo?: (result: Result, input: z.output<Schema>) => string;
};

const builtActions = new WeakSet<object>();

/** True for functions made here (the test of every actions module uses it). */
export function isPipelineAction(value: unknown): boolean {
  return typeof value === "function" && builtActions.has(value);
}

/** An action called with its input: `action(values)`, `action.bind(null, values)` or `<form action>` (FormData). */
export function defineAction<const A extends Access, Schema extends z.ZodType, Result, Data = undefined>(
  config: ActionConfig<A, Schema, Result, Data>,
): (input: unknown) => Promise<ActionState<Data>> {
  const action = async (input: unknown) => perform(config, input);
  builtActions.add(action);
  return action;
}

/** An action for `useActionState`: called with the previous state and the submitted FormData. */
export function defineFormStateAction<const A extends Access, Schema extends z.ZodType, Result, Data = undefined>(
  config: ActionConfig<A, Schema, Result, Data>,
): (previous: ActionState<Data> | null, formData: FormData) => Promise<ActionState<Data>> {
  const action = async (_previous: ActionState<Data> | null, formData: FormData) => perform(config, formData);
  builtActions.add(action);
  return action;
}

/**
 * An action for a plain `<form action>` with nothing to show but the re-rendered page or a redirect
 * (sign out, end a session). A refusal or failure changes nothing and is not shown.
 */
export function defineFormAction<const A extends Access, Schema extends z.ZodType, Result>(
  config: ActionConfig<A, Schema, Result, undefined>,
): (formData: FormData) => Promise<void> {
  const action = async (formData: FormData) => {
    await perform(config, formData);
  };
  builtActions.add(action);
  return action;
}

async function perform<A extends Access, Schema extends z.ZodType, Result, Data>(
  config: ActionConfig<A, Schema, Result, Data>,
  raw: unknown,
): Promise<ActionState<Data>> {
  const outcome = await runOperation(config, raw instanceof FormData ? formInput(config.schema, raw) : raw);
  if (!outcome.ok) {
    const signedOut = config.whenSignedOut;
    if (outcome.kind === "refused" && outcome.problem.status === 401 && signedOut && "returnTo" in signedOut) {
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(signedOut.returnTo)}`);
    }
    const formError = formErrorOf(outcome, signedOut && "message" in signedOut ? signedOut.message : undefined);
    const { status, code, fieldErrors } = outcome.problem;
    // Typed values go back to a form that can be corrected, not to a caller who was refused.
    const values = raw instanceof FormData && outcome.kind !== "refused" ? echoedValues(raw) : undefined;
    return { ok: false, status, ...(formError ? { formError } : {}), ...(code ? { code } : {}), ...(fieldErrors ? { fieldErrors } : {}), ...(values ? { values } : {}) };
  }
  const { data: result, input } = outcome;
  if (config.revalidate) await config.revalidate(result, input);
  if (config.redirectTo) redirect(config.redirectTo(result, input));
  const message = typeof config.message === "function" ? config.message(result, input) : config.message;
  return { ok: true, ...(config.data ? { data: config.data(result, input) } : {}), ...(message ? { message } : {}) };
}

/** A form shows rejected fields beside the fields; only a reason about the whole input goes above it. */
function formErrorOf({ kind, problem }: Failure, signedOutMessage: string | undefined): string | undefined {
  if (kind === "invalid") return problem.detail === invalidInputDetail ? undefined : problem.detail;
  if (problem.status === 401 && signedOutMessage) return signedOutMessage;
  return problem.detail;
}
