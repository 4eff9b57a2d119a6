import type { Failure, Problem } from "@/lib/actions/operation";
import { problemOf } from "@/lib/actions/operation";
import type { z } from "zod";
import { currentRequestId } from "@/lib/log/request-context";
import { problemTypeUri, statusCodes } from "./problem-types";

/**
 * RFC 9457 problem details, the one error shape of the JSON API. `type` names the problem for a
 * client to branch on (its code, e.g. "mfa_required", or the status's name) and points at the
 * reference page (every code and its meaning: problem-types.ts); `errors` maps each rejected field
 * (dotted path) to its messages; `requestId` is the id of the request (also its X-Request-Id header)
 * under which the server logged what happened, for a client to quote when it reports a problem.
 */
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  errors?: Record<string, string[]>;
  requestId?: string;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemBody(problem: Problem, errors?: Record<string, string[]>): ProblemBody {
  const code = problem.code ?? statusCodes[problem.status] ?? "error";
  const fieldErrors = errors ?? problem.fieldErrors;
  return {
    type: problemTypeUri(code),
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code,
    ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { errors: fieldErrors } : {}),
    ...withRequestId(),
  };
}

function withRequestId() {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
}

export function problemResponse(problem: Problem, errors?: Record<string, string[]>): Response {
  const headers: Record<string, string> = { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store" };
  if (problem.retryAfterSeconds) headers["Retry-After"] = String(problem.retryAfterSeconds);
  // A bad token is answered with the challenge RFC 6750 describes.
  if (problem.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="marquee"';
  return new Response(JSON.stringify(problemBody(problem, errors)), { status: problem.status, headers });
}

/** A problem the API raises itself (malformed JSON, an unknown id in the path). */
export function problem(status: number, detail: string, code?: string): Response {
  return problemResponse({ ...problemOf(status, detail), ...(code ? { code } : {}) });
}

/**
 * The API names nested fields by their whole path ("seatIds.2"), and a field that is not allowed at
 * all ("role" in PATCH /me) by its own name, where forms only need the first key.
 */
export function issuesAsErrors(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(path ? `${path}.${key}` : key, "This field is not accepted here.");
    } else {
      add(path || "body", issue.message);
    }
  }
  return errors;
}

export function failureResponse(failure: Failure): Response {
  return problemResponse(failure.problem, failure.kind === "invalid" && failure.issues ? issuesAsErrors(failure.issues) : undefined);
}
