import "server-only";
import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db";
import { rateLimits } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";

/**
 * Every throttle of the app, in one table. Counters live in PostgreSQL (`rate_limits`), so every app
 * instance shares them; a per-process memory limiter takes over if the database cannot answer, so an
 * outage never turns the limits off.
 */
export const RATE_LIMITS = {
  /** Password guessing on one account from one address. */
  signInAccountIp: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Password spraying: many accounts tried from one address. */
  signInIp: { points: 50, duration: 15 * 60, blockDuration: 30 * 60 },
  /** Verification and reset emails to one address (an inbox is not a megaphone). */
  emailAddress: { points: 5, duration: 60 * 60 },
  /** Verification and reset emails requested from one network address. */
  emailIp: { points: 300, duration: 60 * 60 },
  /** "Add to cart" by one customer: generous for a person, a wall for a script holding a screening. */
  seatHoldsUser: { points: 30, duration: 5 * 60 },
  /** Checkouts by one customer (a retried submit of one form counts too). */
  checkoutsUser: { points: 10, duration: 15 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

const holder = globalThis as unknown as { marqueeRateLimiters?: Promise<Record<RateLimitName, RateLimiterDrizzle>> };

function limiters() {
  holder.marqueeRateLimiters ??= getDb().then((db) => {
    const entries = Object.entries(RATE_LIMITS).map(([name, limit]) => [
      name,
      new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: name,
        ...limit,
        // Expired rows are simply overwritten by the next hit on the key; no timer per process.
        clearExpiredByTimeout: false,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, ...limit }),
      }),
    ]);
    return Object.fromEntries(entries) as Record<RateLimitName, RateLimiterDrizzle>;
  });
  return holder.marqueeRateLimiters;
}

/** Takes one point for `key`; throws RateLimitedError (429, with the wait) when none are left. */
export async function consumeRateLimit(name: RateLimitName, key: string) {
  const limiter = (await limiters())[name];
  try {
    await limiter.consume(normaliseKey(key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}

/** Gives a point back, e.g. to the per-address counter when a sign-in succeeds. */
export async function refundRateLimit(name: RateLimitName, key: string) {
  await (await limiters())[name].reward(normaliseKey(key));
}

/** Forgets a key, e.g. the account+address failures after a successful sign-in. */
export async function resetRateLimit(name: RateLimitName, key: string) {
  await (await limiters())[name].delete(normaliseKey(key));
}

function normaliseKey(key: string) {
  return key.trim().toLowerCase().slice(0, 300);
}
