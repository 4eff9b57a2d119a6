import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Account } from "./accounts";

/**
 * Verified customers and free showtimes made directly in the database before the server starts
 * (e2e/support/seed-pool.ts, run by scripts/test.sh), so journeys that are not about signing up or
 * about a busy showtime neither sign up through the UI nor share seats with a neighbour. The embedded
 * database admits one process at a time, so the tests cannot write to it while the server runs: they
 * lease a ready-made row instead, and the whole database is thrown away after the run.
 */
export type PooledShowtime = {
  id: string;
  movie: string;
  url: string;
  wheelchair: boolean;
  /** Starts about 45 minutes after the pool was made (its tickets can be checked in at the door). */
  soon?: boolean;
};
export type Pool = { customers: Account[]; showtimes: PooledShowtime[] };

// Relative to the repository root, where Playwright and the seeding script run.
const POOL_DIR = path.resolve("e2e/.auth/pool");
const POOL_FILE = path.join(POOL_DIR, "pool.json");
const LEASE_DIR = path.join(POOL_DIR, "leases");

/** Called by the seeding script: a fresh pool with no leases. */
export function writePool(pool: Pool) {
  rmSync(POOL_DIR, { recursive: true, force: true });
  mkdirSync(LEASE_DIR, { recursive: true });
  writeFileSync(POOL_FILE, JSON.stringify(pool));
}

function readPool(): Pool {
  try {
    return JSON.parse(readFileSync(POOL_FILE, "utf8")) as Pool;
  } catch {
    throw new Error(`No e2e pool at ${POOL_FILE}: run the journeys through scripts/test.sh, which seeds one.`);
  }
}

/** The first item no other test holds; creating its lease file is atomic across parallel workers. */
function lease<T>(kind: keyof Pool, items: T[], keyOf: (item: T) => string): T {
  for (const item of items) {
    try {
      writeFileSync(path.join(LEASE_DIR, `${kind}-${keyOf(item)}`), String(process.pid), { flag: "wx" });
      return item;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error(`The e2e pool has no ${kind} left (${items.length} made): raise the count in e2e/support/seed-pool.ts.`);
}

/** A verified customer of this test alone, with a password; not signed in anywhere yet. */
export function leaseCustomer(): Account {
  return lease("customers", readPool().customers, (customer) => customer.email);
}

/**
 * A scheduled showtime weeks ahead whose seats are all free, used by this test alone; `wheelchair` wants
 * a screen with wheelchair spaces, `soon` one starting within the hour (on a small screen of its own).
 */
export function leaseShowtime({ wheelchair = false, soon = false } = {}): PooledShowtime {
  return lease(
    "showtimes",
    readPool().showtimes.filter((showtime) => (!wheelchair || showtime.wheelchair) && Boolean(showtime.soon) === soon),
    (showtime) => showtime.id,
  );
}
