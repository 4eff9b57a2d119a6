import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { instant } from "./columns";

/** Counters for rate-limiter-flexible's Drizzle store, shared by every app instance. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: instant("expire"),
});

/**
 * Failed-attempt counters per account, whatever the address (lib/security/account-throttle.ts): past
 * a threshold each further attempt must wait a growing delay. `key` names the account and the kind of
 * secret ("password:<email>", "second-factor:<user id>"); a row is forgotten once `expires_at` passes.
 */
export const accountAttempts = pgTable("account_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  delayedUntil: instant("delayed_until"),
  expiresAt: instant("expires_at").notNull(),
});
