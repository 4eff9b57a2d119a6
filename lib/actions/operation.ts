import "server-only";
import { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { assertAdmin, assertSignedIn, assertStaff, getCurrentUser } from "@/lib/auth/dal";
import type { SessionUser } from "@/lib/auth/sessions";
import { DatabaseUnavailableError, DomainError, RateLimitedError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { log } from "@/lib/log/logger";

/**
 * The core every entry point shares (server actions and the JSON API's routes):
 * guard → parse → domain call → errors mapped to one Problem. It knows nothing of forms or HTTP;
 * an adapter turns its Outcome into ActionState (lib/actions/define-action.ts) or problem+json
 * (lib/api/endpoint.ts).
 */

/** Who may call: "staff" is the box office (staff or admin). */
export type Access = "public" | "signed-in" | "staff" | "admin";

/** What the handler receives as its caller: nobody is looked up for a public operation. */
export type Caller<A extends Access> = A extends "public" ? null : SessionUser;

/** Finds the caller: the web session's cookie by default, the bearer token for the JSON API. */
export type Identify = () => Promise<SessionUser | null>;

// Each guard throws UnauthorizedError/ForbiddenError (and logs the refusal) for a caller it refuses.
const guards: { [A in Access]: (identify: Identify) => Promise<Caller<A>> } = {
  public: async () => null,
  "signed-in": async (identify) => assertSignedIn(await identify()),
  staff: async (identify) => assertStaff(await identify()),
  admin: async (identify) => assertAdmin(await identify()),
};

/** A failure as problem+json describes it (RFC 9457), plus the fields it concerns. */
export type Problem = {
  status: number;
  title: string;
  detail: string;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  /** For a 429 or 503: seconds until a retry can succeed (the API's Retry-After). */
  retryAfterSeconds?: number;
};

/**
 * refused: the guard said no (401/403) · invalid: the schema rejected the input (422) ·
 * rejected: the domain refused with a DomainError · unavailable: the database could not be reached
 * (503, try again later) · unexpected: a bug, answered without internals.
 */
export type Failure = {
  kind: "refused" | "invalid" | "rejected" | "unavailable" | "unexpected";
  problem: Problem;
  /** For "invalid": every issue with its full path (the API names nested fields; forms need only the first key). */
  issues?: z.core.$ZodIssue[];
};

export type Outcome<Data, Input> = { ok: true; data: Data; input: Input } | ({ ok: false } & Failure);


export type Operation<A extends Access, Schema extends z.ZodType, Data> = {
  access: A;
  schema: Schema;
  /** A message for input the schema rejects as a whole (e.g. a smuggled field), shown above the form. */
  describeInvalid?: (error: z.ZodError) => string | undefined;
  handler: (input: z.output<Schema>, caller: Caller<A>) => Promise<Data>;
};

/** For operations that take no input: whatever arrives (a form's FormData, nothing) is ignored. */
export const noInput = z.unknown().transform(() => undefined);

/** The detail of an invalid-input problem that no describeInvalid explained. */
export const invalidInputDetail = "Some fields are not valid.";
const unexpectedDetail = "Something went wrong and nothing was saved. Try again.";

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Sign-in required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Invalid input",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

export function problemOf(status: number, detail: string, fieldErrors?: Record<string, string[]>): Problem {
  const hasFieldErrors = fieldErrors && Object.keys(fieldErrors).length > 0;
  return { status, title: titles[status] ?? "Error", detail, ...(hasFieldErrors ? { fieldErrors } : {}) };
}

function fieldErrorsOf(error: z.ZodError) {
  const { fieldErrors } = z.flattenError(error) as { fieldErrors: Record<string, string[]> };
  return fieldErrors;
}

export async function runOperation<A extends Access, Schema extends z.ZodType, Data>(
  operation: Operation<A, Schema, Data>,
  input: unknown,
  identify: Identify = getCurrentUser,
): Promise<Outcome<Data, z.output<Schema>>> {
  let caller: Caller<A>;
  try {
    caller = await guards[operation.access](identify);
  } catch (error) {
    if (error instanceof DomainError && (error.status === 401 || error.status === 403)) {
      return { ok: false, kind: "refused", problem: problemOf(error.status, error.message) };
    }
    return unexpected(error);
  }
  const parsed = operation.schema.safeParse(input);
  if (!parsed.success) {
    const detail = operation.describeInvalid?.(parsed.error) ?? invalidInputDetail;
    return { ok: false, kind: "invalid", problem: problemOf(422, detail, fieldErrorsOf(parsed.error)), issues: parsed.error.issues };
  }
  try {
    return { ok: true, data: await operation.handler(parsed.data, caller), input: parsed.data };
  } catch (error) {
    if (error instanceof DomainError) {
      const problem: Problem = { ...problemOf(error.status, error.message, error.fieldErrors), ...(error.code ? { code: error.code } : {}) };
      if (error instanceof RateLimitedError || error instanceof DatabaseUnavailableError) problem.retryAfterSeconds = error.retryAfterSeconds;
      return { ok: false, kind: "rejected", problem };
    }
    return unexpected(error);
  }
}

function unexpected(error: unknown): { ok: false } & Failure {
  // redirect(), notFound() and signIn()'s redirect are control flow, not failures.
  unstable_rethrow(error);
  // An outage is not a bug: one line in the log (not a stack per request) and a 503 the caller can retry.
  if (isDatabaseUnavailable(error)) {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    log.error({ code: code ?? (error instanceof Error ? error.message : "unknown") }, "server operation failed: database unavailable");
    return { ok: false, kind: "unavailable", problem: databaseUnavailableProblem() };
  }
  log.error({ err: error }, "server operation failed");
  return { ok: false, kind: "unexpected", problem: problemOf(500, unexpectedDetail) };
}

/** The 503 every way in answers while the database cannot be reached: retry after Retry-After. */
export function databaseUnavailableProblem(): Problem {
  const unavailable = new DatabaseUnavailableError();
  return { ...problemOf(503, unavailable.message), code: unavailable.code, retryAfterSeconds: unavailable.retryAfterSeconds };
}
