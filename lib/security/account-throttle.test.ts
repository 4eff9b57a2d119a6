import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { unique, testDb } from "@/test/database";
import { RateLimitedError } from "@/lib/errors";
import { ACCOUNT_FAILURE_THRESHOLD, ACCOUNT_WINDOW_MS, beginAccountAttempt, deleteExpiredAccountAttempts } from "./account-throttle";

beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Moves lib/clock forward, as the e2e server can. */
function advanceClock(ms: number) {
  vi.stubEnv("MARQUEE_CLOCK_OFFSET_MS", String(ms));
}

async function failures(key: string, count: number) {
  let last;
  for (let i = 0; i < count; i++) last = await beginAccountAttempt(key);
  return last;
}

async function waitOf(key: string) {
  const refused = await beginAccountAttempt(key).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(RateLimitedError);
  return (refused as RateLimitedError).retryAfterSeconds;
}

describe("per-account attempts", () => {
  it("reaches the threshold exactly once, then makes each attempt wait twice as long as the last", async () => {
    const key = unique("acct");
    const reached: boolean[] = [];
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD; i++) reached.push((await beginAccountAttempt(key)).reachedThreshold);
    expect(reached.filter(Boolean)).toHaveLength(1);
    expect(reached.at(-1)).toBe(true);
    expect(await waitOf(key)).toBe(30);

    advanceClock(31_000);
    expect((await beginAccountAttempt(key)).reachedThreshold).toBe(false);
    expect(await waitOf(key)).toBe(60);
    advanceClock(31_000 + 61_000);
    await beginAccountAttempt(key);
    expect(await waitOf(key)).toBe(120);
  });

  it("never waits longer than 15 minutes (a delay, not a lock-out)", async () => {
    const key = unique("cap");
    // Counting without enforcing (an exempt caller) still grows the count and the delay; the wait stays capped.
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD + 14; i++) await beginAccountAttempt(key, { enforce: false });
    expect(await waitOf(key)).toBeLessThanOrEqual(15 * 60);
    expect(await waitOf(key)).toBeGreaterThan(14 * 60);
  });

  it("forgets the count after a quiet window", async () => {
    const key = unique("window");
    await failures(key, ACCOUNT_FAILURE_THRESHOLD);
    advanceClock(ACCOUNT_WINDOW_MS + 1000);
    const fresh = await beginAccountAttempt(key);
    expect(fresh.reachedThreshold).toBe(false);
    await expect(beginAccountAttempt(key)).resolves.toBeDefined();
  });

  it("gives a right secret's attempt back, lifting the delay it caused", async () => {
    const key = unique("ok");
    await failures(key, ACCOUNT_FAILURE_THRESHOLD - 1);
    await (await beginAccountAttempt(key)).succeeded();
    await expect(beginAccountAttempt(key)).resolves.toBeDefined();
  });

  it("lets only the allowed number through when guesses arrive all at once", async () => {
    const key = unique("burst");
    const outcomes = await Promise.allSettled(Array.from({ length: ACCOUNT_FAILURE_THRESHOLD + 5 }, () => beginAccountAttempt(key)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(ACCOUNT_FAILURE_THRESHOLD);
  });

  it("sweeps long-expired counters", async () => {
    const key = unique("sweep");
    await beginAccountAttempt(key);
    advanceClock(ACCOUNT_WINDOW_MS + 2 * 60 * 60_000);
    expect(await deleteExpiredAccountAttempts()).toBeGreaterThanOrEqual(1);
  });
});
