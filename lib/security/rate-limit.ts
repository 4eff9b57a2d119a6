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
  /** Sign-up, verification and reset emails of the whole site: a flood can't burn our sending reputation. */
  accountEmailsGlobal: { points: 1000, duration: 60 * 60 },
  /** Audit entries anyone can cause (refused admin calls), per address and action, per hour. */
  auditFloodIp: { points: 20, duration: 60 * 60 },
  /** The same, per action for the whole site: past this the entries are only counted in the logs. */
  auditFloodGlobal: { points: 500, duration: 60 * 60 },
  /** Verification links tried from one network address (each link is 128 random bits; this stops scans). */
  verificationLinkIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
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
    if (isLimitReached(rejection)) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
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

/** Points used on `key` in the current window (0 when none), e.g. for tests and admin views. */
export async function rateLimitPointsUsed(name: RateLimitName, key: string) {
  const state = await (await limiters())[name].get(normaliseKey(key));
  return state?.consumedPoints ?? 0;
}

/**
 * The library rejects with a RateLimiterRes when the limit is reached (and with an Error when its store
 * fails). Checked by shape, not `instanceof`: a bundle can hold two copies of the class (the package
 * ships CommonJS and ES builds), and a missed match would surface as a 500 instead of a 429.
 */
function isLimitReached(rejection: unknown): rejection is RateLimiterRes {
  return (
    rejection instanceof RateLimiterRes ||
    (typeof rejection === "object" && rejection !== null && !(rejection instanceof Error) && typeof (rejection as RateLimiterRes).msBeforeNext === "number")
  );
}

function normaliseKey(key: string) {
  return key.trim().toLowerCase().slice(0, 300);
}
