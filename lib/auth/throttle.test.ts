import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { emails } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { RateLimitedError } from "@/lib/errors";
import { ACCOUNT_FAILURE_THRESHOLD } from "@/lib/security/account-throttle";
import { RATE_LIMITS, rateLimitPointsUsed } from "@/lib/security/rate-limit";
import { createSession } from "./sessions";
import { beginPasswordAttempt, beginSecondFactorAttempt, beginVerificationLinkAttempt, throttleEmail } from "./throttle";

// Opening and migrating the test database is slow on a busy machine: do it outside any test.
beforeAll(async () => {
  await testDb();
});

// These run the real limiters against the test database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function failPassword(email: string, address: string | null, owner: { email: string; name: string } | null = null) {
  const attempt = await beginPasswordAttempt(email, address);
  await attempt.failed(owner);
}

async function noticesTo(to: string) {
  const db = await testDb();
  return db.select({ id: emails.id }).from(emails).where(and(eq(emails.to, to), eq(emails.template, "account-guessing")));
}

describe("password attempts from one address", () => {
  it("stop password guessing on one account with a 429 and the wait", async () => {
    const email = `${unique("guess")}@example.test`;
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points; i++) await failPassword(email, address);
    const refused = await beginPasswordAttempt(email, address).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).status).toBe(429);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((refused as RateLimitedError).message).toMatch(/Try again in 15 minutes/);
  });

  it("stop spraying many accounts from one address", async () => {
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.signInIp.points; i++) await failPassword(`${unique("spray")}@example.test`, address);
    await expect(beginPasswordAttempt(`${unique("spray")}@example.test`, address)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("count a whole IPv6 /64 as one address", async () => {
    const email = `${unique("six")}@example.test`;
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points; i++) await failPassword(email, `${prefix}::${i + 1}`);
    await expect(beginPasswordAttempt(email, `${prefix}:ffff::99`)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("forgive the failures of an account once its password is right", async () => {
    const email = `${unique("ok")}@example.test`;
    const address = ip();
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points - 1; i++) await failPassword(email, address);
    await (await beginPasswordAttempt(email, address)).succeeded();
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points - 1; i++) await failPassword(email, address);
  });

  it("never pool callers without an address in one shared bucket", async () => {
    // Many more than any per-address limit: were "no address" one bucket, these would lock everyone out.
    for (let i = 0; i < RATE_LIMITS.signInAccountIp.points + 2; i++) {
      await (await beginPasswordAttempt(`${unique("noaddr")}@example.test`, null)).succeeded();
    }
    await expect(beginPasswordAttempt(`${unique("noaddr")}@example.test`, null)).resolves.toBeDefined();
  });
});

describe("password attempts on one account from many addresses", () => {
  it(`slow the account down after ${ACCOUNT_FAILURE_THRESHOLD} failures and tell its owner once`, async () => {
    const db = await testDb();
    const owner = await createUserFixture(db, { email: `${unique("botnet")}@example.test` });
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD; i++) await failPassword(owner.email, ip(), owner);
    const refused = await beginPasswordAttempt(owner.email, ip()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(25);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(await noticesTo(owner.email)).toHaveLength(1);
  });

  it("let the owner in from an address the account has signed in from before", async () => {
    const db = await testDb();
    const home = ip();
    const owner = await createUserFixture(db, { email: `${unique("owner")}@example.test` });
    await createSession(owner.id, { ipAddress: home });
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD; i++) await failPassword(owner.email, ip(), owner);
    await expect(beginPasswordAttempt(owner.email, ip())).rejects.toBeInstanceOf(RateLimitedError);
    await expect(beginPasswordAttempt(owner.email, home)).resolves.toBeDefined();
  });
});

describe("second-factor attempts", () => {
  it("are limited per user, apart from password attempts", async () => {
    const db = await testDb();
    const user = await createUserFixture(db, { email: `${unique("mfa")}@example.test` });
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD; i++) await (await beginSecondFactorAttempt(user.id)).failed(user);
    await expect(beginSecondFactorAttempt(user.id)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(beginPasswordAttempt(user.email, ip())).resolves.toBeDefined();
    expect(await noticesTo(user.email)).toHaveLength(1);
  });

  it("forgive an attempt whose code was right", async () => {
    const db = await testDb();
    const user = await createUserFixture(db, { email: `${unique("mfa-ok")}@example.test` });
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD * 2; i++) await (await beginSecondFactorAttempt(user.id)).succeeded();
    await expect(beginSecondFactorAttempt(user.id)).resolves.toBeDefined();
  });
});

describe("verification links", () => {
  it("are limited per address; a good link gives its point back", async () => {
    const address = ip();
    await (await beginVerificationLinkAttempt(address)).succeeded();
    for (let i = 0; i < RATE_LIMITS.verificationLinkIp.points; i++) await beginVerificationLinkAttempt(address);
    await expect(beginVerificationLinkAttempt(address)).rejects.toBeInstanceOf(RateLimitedError);
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

  it("takes every account email from one site-wide hourly budget, whatever the address", async () => {
    const before = await rateLimitPointsUsed("accountEmailsGlobal", "all");
    await throttleEmail(`${unique("g")}@example.test`, ip());
    await throttleEmail(`${unique("g")}@example.test`, null);
    expect(await rateLimitPointsUsed("accountEmailsGlobal", "all")).toBeGreaterThanOrEqual(before + 2);
    expect(RATE_LIMITS.accountEmailsGlobal.duration).toBe(60 * 60);
  });
});
