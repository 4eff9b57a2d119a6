import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { emails } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));

const { confirmAuthenticator, removeAuthenticator, replaceRecoveryCodes, startAuthenticatorEnrolment } = await import("./enrolment");
const { getMfaStatus } = await import("./status");
const { spendRecoveryCode } = await import("./recovery-codes");
const { totpCodeFor } = await import("./totp");
const { adminMfaRequired, adminNeedsMfaEnrolment, setAdminMfaRequired } = await import("./admin-policy");

beforeAll(async () => {
  await testDb();
});

async function customer() {
  const row = await createUserFixture(await testDb());
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

async function templatesTo(to: string) {
  const db = await testDb();
  const rows = await db.select({ text: emails.text }).from(emails).where(and(eq(emails.to, to), eq(emails.template, "two-step-changed")));
  return rows.map((row) => row.text);
}

describe("turning on an authenticator (issue 17 points 1 and 2)", () => {
  it("needs one valid code, then issues ten recovery codes once and emails the owner", async () => {
    const user = await customer();
    const { secret, qrSvg } = await startAuthenticatorEnrolment(user);
    expect(qrSvg).toContain("<svg");
    await expect(confirmAuthenticator(user, "000000")).rejects.toThrow(/not right|already used/);
    const { recoveryCodes } = await confirmAuthenticator(user, await totpCodeFor(secret));
    expect(recoveryCodes).toHaveLength(10);
    const db = await testDb();
    expect(await getMfaStatus(db, user.id)).toMatchObject({ enabled: true, recoveryCodesLeft: 10, totpSince: expect.any(Date) });
    await expect(startAuthenticatorEnrolment(user)).rejects.toThrow(/already on/);
    expect((await templatesTo(user.email)).join()).toMatch(/authenticator app was added/);
  });
});

describe("removing the last factor and replacing codes (issue 17 points 2 and 6)", () => {
  it("new codes void the old ones; removing the authenticator turns two-step off and voids the codes", async () => {
    const user = await customer();
    const { secret } = await startAuthenticatorEnrolment(user);
    const { recoveryCodes } = await confirmAuthenticator(user, await totpCodeFor(secret));
    const fresh = await replaceRecoveryCodes(user);
    const db = await testDb();
    expect(await spendRecoveryCode(db, user.id, recoveryCodes?.[0] ?? "")).toBe(false);
    expect(await removeAuthenticator(user)).toEqual({ turnedOff: true });
    expect(await getMfaStatus(db, user.id)).toEqual({ enabled: false, passkeys: 0, recoveryCodesLeft: 0, totpSince: null });
    expect(await spendRecoveryCode(db, user.id, fresh[1])).toBe(false);
    const sent = (await templatesTo(user.email)).join();
    expect(sent).toMatch(/New recovery codes/);
    expect(sent).toMatch(/Two-step verification was turned off/);
    await expect(replaceRecoveryCodes(user)).rejects.toThrow(/Turn on two-step/);
  });
});

describe("the admin MFA policy (issue 17 point 5)", () => {
  it("is on by default and applies to admins without a factor only", async () => {
    const db = await testDb();
    const admin = { ...(await customer()), role: "admin" as const };
    const before = await adminMfaRequired(db);
    try {
      await setAdminMfaRequired(admin, true);
      expect(await adminNeedsMfaEnrolment(admin)).toBe(true);
      expect(await adminNeedsMfaEnrolment({ ...admin, role: "customer" })).toBe(false);
      const { secret } = await startAuthenticatorEnrolment(admin);
      await confirmAuthenticator(admin, await totpCodeFor(secret));
      expect(await adminNeedsMfaEnrolment({ id: admin.id, role: "admin" })).toBe(false);
    } finally {
      await setAdminMfaRequired(admin, before);
    }
  });
});
