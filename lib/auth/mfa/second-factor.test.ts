import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, emails, pendingSignIns } from "@/db/schema";
import { testDb } from "@/test/database";
import { jar } from "@/test/fixtures/cookie-jar";
import { createUserFixture } from "@/test/fixtures/showtime";
import { now } from "@/lib/clock";
import { RateLimitedError } from "@/lib/errors";
import { ACCOUNT_FAILURE_THRESHOLD } from "@/lib/security/account-throttle";

// This "browser"'s cookie jar: the pending sign-in travels in it.
vi.mock("next/headers", async () => (await import("@/test/fixtures/cookie-jar")).nextHeaders);

const { completeSecondFactor, SecondFactorExpiredError, WrongCodeError } = await import("./second-factor");
const { PENDING_SIGN_IN_COOKIE, startPendingSignIn, currentPendingSignIn } = await import("./pending-sign-in");
const { enrolKnownTotpSecret, totpCodeFor } = await import("./totp");
const { issueRecoveryCodes } = await import("./recovery-codes");

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

beforeAll(async () => {
  await testDb();
});
beforeEach(() => jar.clear());

async function userWithTotp() {
  const db = await testDb();
  const user = await createUserFixture(db);
  await enrolKnownTotpSecret(db, user.id, SECRET);
  return user;
}

describe("the second sign-in step (issue 17 point 4)", () => {
  it("needs a live pending sign-in in this browser", async () => {
    await expect(completeSecondFactor({ method: "totp", code: "123456" })).rejects.toBeInstanceOf(SecondFactorExpiredError);
    jar.set(PENDING_SIGN_IN_COOKIE, "made-up-token");
    await expect(completeSecondFactor({ method: "totp", code: "123456" })).rejects.toBeInstanceOf(SecondFactorExpiredError);
  });

  it("completes with the current code once, and spends the pending sign-in", async () => {
    const user = await userWithTotp();
    await startPendingSignIn(user.id, "credentials", "/movies?x=1");
    const token = jar.get(PENDING_SIGN_IN_COOKIE);
    const done = await completeSecondFactor({ method: "totp", code: await totpCodeFor(SECRET) });
    expect(done).toMatchObject({ user: { id: user.id, email: user.email }, factor: "totp", method: "credentials+totp", redirectTo: "/movies?x=1" });
    expect(jar.has(PENDING_SIGN_IN_COOKIE)).toBe(false);
    // The same cookie again (a copy kept by an attacker) is worth nothing now.
    jar.set(PENDING_SIGN_IN_COOKIE, token ?? "");
    await expect(completeSecondFactor({ method: "totp", code: await totpCodeFor(SECRET) })).rejects.toBeInstanceOf(SecondFactorExpiredError);
  });

  it("keeps only a same-site destination", async () => {
    const user = await userWithTotp();
    await startPendingSignIn(user.id, "test-oidc", "https://evil.example/");
    expect((await currentPendingSignIn())?.redirectTo).toBe("/");
  });

  it("refuses a wrong code and a replayed one, logging each failure", async () => {
    const user = await userWithTotp();
    await startPendingSignIn(user.id, "credentials", "/");
    const code = await totpCodeFor(SECRET);
    const wrong = code === "000000" ? "111111" : "000000";
    await expect(completeSecondFactor({ method: "totp", code: wrong })).rejects.toThrow(/not right/);
    await completeSecondFactor({ method: "totp", code });
    await startPendingSignIn(user.id, "credentials", "/");
    const replay = await completeSecondFactor({ method: "totp", code }).catch((error: unknown) => error);
    expect(replay).toBeInstanceOf(WrongCodeError);
    expect((replay as Error).message).toMatch(/already used/);
    const db = await testDb();
    const failures = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.second_factor_failed"), eq(auditLog.entityId, user.id)));
    expect(failures.map((entry) => (entry.details as { reason: string }).reason).sort()).toEqual(["invalid", "replayed"]);
  });

  it("expires after 5 minutes", async () => {
    const user = await userWithTotp();
    await startPendingSignIn(user.id, "credentials", "/");
    const db = await testDb();
    await db.update(pendingSignIns).set({ expiresAt: new Date(now().getTime() - 1000) }).where(eq(pendingSignIns.userId, user.id));
    await expect(completeSecondFactor({ method: "totp", code: await totpCodeFor(SECRET) })).rejects.toBeInstanceOf(SecondFactorExpiredError);
  });

  it("counts wrong codes against the account's limit", async () => {
    const user = await userWithTotp();
    await startPendingSignIn(user.id, "credentials", "/");
    const code = await totpCodeFor(SECRET);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD; i++) {
      await expect(completeSecondFactor({ method: "totp", code: wrong })).rejects.toBeInstanceOf(WrongCodeError);
    }
    await expect(completeSecondFactor({ method: "totp", code })).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("accepts a recovery code once, says how many are left and emails the owner", async () => {
    const user = await userWithTotp();
    const db = await testDb();
    const [code] = await issueRecoveryCodes(db, user.id);
    await startPendingSignIn(user.id, "credentials", "/orders");
    const done = await completeSecondFactor({ method: "recovery", code });
    expect(done).toMatchObject({ factor: "recovery", method: "credentials+recovery", recoveryCodesLeft: 9 });
    const [mail] = await db.select().from(emails).where(and(eq(emails.to, user.email), eq(emails.template, "two-step-changed")));
    expect(mail?.text).toMatch(/you have\s+9 left/);
    await startPendingSignIn(user.id, "credentials", "/");
    await expect(completeSecondFactor({ method: "recovery", code })).rejects.toThrow(/already used/);
  });
});
