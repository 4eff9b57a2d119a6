import { beforeAll, describe, expect, it } from "vitest";
import { testDb, unique } from "@/test/database";
import { RateLimitedError } from "@/lib/errors";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { beginSignInAttempt, signInSucceeded, throttleEmail } from "./throttle";

// Opening and migrating the test database is slow on a busy machine: do it outside any test.
beforeAll(async () => {
  await testDb();
});

// These run the real limiters against the test database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("sign-in throttle", () => {
  it("stops password guessing on one account with a 429 and the wait", async () => {
    const email = `${unique("guess")}@example.test`;
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points; i++) await beginSignInAttempt(email, address);
    const refused = await beginSignInAttempt(email, address).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).status).toBe(429);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((refused as RateLimitedError).message).toMatch(/Try again in 15 minutes/);
    // The same account from another address is not locked out (no denial of service by lockout).
    await expect(beginSignInAttempt(email, ip())).resolves.toBeUndefined();
  });

  it("stops spraying many accounts from one address", async () => {
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.signInIp.points; i++) await beginSignInAttempt(`${unique("spray")}@example.test`, address);
    await expect(beginSignInAttempt(`${unique("spray")}@example.test`, address)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("forgives the failures of an account once its password is right", async () => {
    const email = `${unique("ok")}@example.test`;
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points - 1; i++) await beginSignInAttempt(email, address);
    await beginSignInAttempt(email, address);
    await signInSucceeded(email, address);
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points - 1; i++) await beginSignInAttempt(email, address);
  });
});

describe("email throttle", () => {
  it("limits emails to one address", async () => {
    const to = `${unique("mail")}@example.test`;
    for (let i = 0; i < RATE_LIMITS.emailAddress.points; i++) await throttleEmail(to, ip());
    await expect(throttleEmail(to, ip())).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("limits emails requested from one network address", async () => {
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.emailIp.points; i++) await throttleEmail(`${unique("m")}@example.test`, address);
    await expect(throttleEmail(`${unique("m")}@example.test`, address)).rejects.toBeInstanceOf(RateLimitedError);
  });
});
