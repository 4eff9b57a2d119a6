/**
 * Recognises "the database cannot be reached" — as opposed to a query the database refused — on
 * postgres.js under Drizzle's wrapper (DrizzleQueryError keeps the driver's error as `cause`), so the
 * API can answer 503 with Retry-After and pages can say so, instead of a 500 that reads like a bug.
 * The one place that knows these codes: the driver's, the socket's and PostgreSQL's own names.
 */
const unreachableCodes = new Set([
  // The socket: nobody listening, the peer or a middlebox dropped it, no route, name lookup failed.
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // postgres.js: no ReadyForQuery within connect_timeout; a connection lost, ended or destroyed under a query.
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  // db/stall-watchdog.ts: a connection that went silent while the server could not be reached.
  "DATABASE_STALLED",
  // PostgreSQL itself: shutting down or starting up, too many connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

type Coded = { code?: unknown; cause?: unknown; errors?: unknown };

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // Drizzle → postgres.js → (for a failed first connect) the socket's error: a few levels at most.
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, cause, errors } = current as Coded;
    if (typeof code === "string" && (unreachableCodes.has(code) || code.startsWith("08"))) return true;
    // Node's happy-eyeballs connect (localhost → ::1 and 127.0.0.1) fails with an AggregateError.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}
