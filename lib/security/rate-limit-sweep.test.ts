import { beforeAll, describe, expect, it } from "vitest";
import { inArray } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { deleteExpiredRateLimits } from "./rate-limit-sweep";

// Opening (and on PGlite, migrating) the database can be slow on a busy machine: not a test's time.
beforeAll(async () => {
  await testDb();
});

describe("expired rate-limit sweep", () => {
  it("deletes only the counters that expired over an hour ago", async () => {
    const db = await testDb();
    const at = (minutesFromNow: number) => new Date(Date.now() + minutesFromNow * 60_000);
    const rows = {
      longExpired: { key: unique("rl-old"), points: 5, expire: at(-3 * 60) },
      justOverAnHour: { key: unique("rl-61m"), points: 1, expire: at(-61) },
      recentlyExpired: { key: unique("rl-recent"), points: 2, expire: at(-30) },
      live: { key: unique("rl-live"), points: 3, expire: at(15) },
      noExpiry: { key: unique("rl-forever"), points: 4, expire: null },
    };
    await db.insert(rateLimits).values(Object.values(rows));

    const deleted = await deleteExpiredRateLimits();
    // Other test files share the database, so only a lower bound on the count.
    expect(deleted).toBeGreaterThanOrEqual(2);

    const left = await db
      .select({ key: rateLimits.key })
      .from(rateLimits)
      .where(inArray(rateLimits.key, Object.values(rows).map((row) => row.key)));
    expect(left.map((row) => row.key).sort()).toEqual([rows.recentlyExpired.key, rows.live.key, rows.noExpiry.key].sort());
  });
});
