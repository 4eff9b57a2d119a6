/** Domain errors, mapped once to form errors (lib/actions) and to problem JSON (lib/api). */
export class DomainError extends Error {
  /** A stable name a client can branch on (a form, or the API's problem type), for the few that need one. */
  readonly code?: string;

  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super(message, 404);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super(message, 403);
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Sign in to continue.") {
    super(message, 401);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 409, fieldErrors);
  }
}

export class InvalidError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, 422, fieldErrors);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${formatWait(retryAfterSeconds)}.`, 429);
  }
}

function formatWait(seconds: number) {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/**
 * A sensitive change (email, deletion, sign-in methods, MFA off) asked of a session that has not
 * proved who it is in the last few minutes. Forms answer it with the re-authentication dialog.
 */
export class ReauthenticationRequiredError extends DomainError {
  override readonly code = "reauthentication_required";
  constructor(message = "For your security, confirm it's you before making this change.") {
    super(message, 403);
  }
}

/**
 * The database could not be reached (lib/postgres/unavailable.ts recognises the driver's errors):
 * nothing was saved, and trying again shortly will work once it is back. The API answers 503 with
 * Retry-After; a form shows the message.
 */
export class DatabaseUnavailableError extends DomainError {
  override readonly code = "database_unavailable";
  readonly retryAfterSeconds = 30;
  constructor(message = "We can't reach our database right now, so nothing was saved. Try again in a minute.") {
    super(message, 503);
  }
}
