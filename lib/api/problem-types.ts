/**
 * Every problem `code` the JSON API can answer, with what it means: the one list behind problem.ts's
 * status → code mapping and the "Problem types" section of /api/docs, where each problem's `type`
 * URI (`/api/docs#problem-<code>`) lands. A named refusal (ApiRefusal, or a DomainError with a
 * `code` that reaches an endpoint) must be listed here: lib/api/problem-types.test.ts checks it.
 */
export type ProblemType = { status: number; explanation: string };

/** The code of a problem that has no more specific name: the name of its status. */
export const statusProblemTypes = {
  bad_request: { status: 400, explanation: "The body is not valid JSON." },
  unauthorized: {
    status: 401,
    explanation: "No valid access token: none was sent, or it has expired or its session has ended. Refresh it, or sign in again.",
  },
  forbidden: { status: 403, explanation: "Signed in, but this is not yours to do (an admin-only operation, for example)." },
  not_found: { status: 404, explanation: "Nothing here: an unknown or malformed id, and also another customer's objects." },
  method_not_allowed: { status: 405, explanation: "This path does not take that HTTP method." },
  conflict: { status: 409, explanation: "A conflict with the current state: a seat already taken, a hold that expired, past the cut-off." },
  content_too_large: { status: 413, explanation: "The body is larger than the API accepts; `detail` gives the limit." },
  unsupported_media_type: { status: 415, explanation: "The body is not sent as `Content-Type: application/json`." },
  invalid_input: { status: 422, explanation: "The input broke a rule: `errors` maps each rejected field (a dotted path) to its messages." },
  rate_limited: { status: 429, explanation: "Too many attempts: the `Retry-After` header says how many seconds to wait." },
  internal_error: { status: 500, explanation: "A fault on our side; nothing was saved. Try again." },
} as const satisfies Record<string, ProblemType>;

/** Refusals the API names for clients to branch on, whatever their status. */
export const namedProblemTypes = {
  invalid_credentials: { status: 401, explanation: "The email or password did not match an account." },
  mfa_required: {
    status: 401,
    explanation: "The account uses two-step verification and `otp` was missing or wrong: send the authenticator app's code or a recovery code.",
  },
  invalid_refresh_token: {
    status: 401,
    explanation: "The refresh token is unknown, expired or already used (using one twice ends its session): sign in again.",
  },
  email_not_verified: {
    status: 403,
    explanation: "The email address is not confirmed yet: post the token from the verification email to /api/v1/auth/verify-email.",
  },
  reauthentication_required: {
    status: 403,
    explanation: "A sensitive change needs a recent sign-in (within 10 minutes): get a new token pair from /api/v1/auth/token, then try again.",
  },
  seats_taken: { status: 409, explanation: "Someone else holds or has bought some of these seats; nothing was held. `errors.seats` names them." },
  already_in_cart: { status: 409, explanation: "Some of these seats are already held in your cart: change or remove that item instead." },
  seats_lost: {
    status: 409,
    explanation: "At checkout, some seats were no longer held for you (the hold ran out): nothing was booked. `errors.lostSeats` names them.",
  },
  past_cutoff: { status: 409, explanation: "Too late: the booking policy's cut-off for changing or cancelling before the showtime has passed." },
  bad_signature: {
    status: 400,
    explanation: "Stripe's webhook only: the Stripe-Signature header is missing, does not match the body, or is more than five minutes old.",
  },
  invalid_token: { status: 422, explanation: "The token from an email link has expired or was already used: ask for a new link." },
  database_unavailable: {
    status: 503,
    explanation: "Our database cannot be reached right now (an outage or maintenance); nothing was saved. `Retry-After` says when to try again.",
  },
  second_factor_invalid: { status: 422, explanation: "The two-step code was wrong or was already used: `errors.code` says which." },
} as const satisfies Record<string, ProblemType>;

export const problemTypes: Readonly<Record<string, ProblemType>> = { ...statusProblemTypes, ...namedProblemTypes };

/** HTTP status → the code of its unnamed problem (404 → "not_found"). */
export const statusCodes: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(statusProblemTypes).map(([code, { status }]) => [status, code]),
);

/** Where a problem's `type` points: its entry on the reference page. */
export function problemTypeUri(code: string): string {
  return `/api/docs#problem-${code}`;
}
