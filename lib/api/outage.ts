import "server-only";
import { databaseUnavailableProblem } from "@/lib/actions/operation";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { log } from "@/lib/log/logger";
import { problemResponse } from "./problem";

/**
 * For route handlers outside the API pipeline (seat availability, calendar files, uploads, media, the
 * Stripe webhook): while the database cannot be reached they answer the API's 503 with Retry-After
 * (Stripe then retries its delivery) instead of a 500 that reads like a bug. Other errors go on to Next.
 */
export function answeringOutages<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      log.error("route failed: database unavailable");
      return problemResponse(databaseUnavailableProblem());
    }
  };
}
