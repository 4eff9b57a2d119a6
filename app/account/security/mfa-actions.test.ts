import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Session } from "next-auth";
import { RECENT_AUTH_WINDOW_MS } from "@/lib/auth/recent-auth";
import { testDb } from "@/test/database";
import { signedInCustomerFixture } from "@/test/fixtures/session";

// The cookie is the only thing faked: guards, re-authentication, the domain and the database are real.
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current, signIn: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.11" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { removeAuthenticatorAction, replaceRecoveryCodesAction, startAuthenticatorAction } = await import("./actions");
const { enrolKnownTotpSecret } = await import("@/lib/auth/mfa/totp");
const { issueRecoveryCodes, spendRecoveryCode } = await import("@/lib/auth/mfa/recovery-codes");
const { getMfaStatus } = await import("@/lib/auth/mfa/status");

beforeAll(async () => {
  await testDb();
});
afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

async function customerWithTwoStep() {
  const db = await testDb();
  const signedIn = await signedInCustomerFixture(db);
  session.current = signedIn.session;
  await enrolKnownTotpSecret(db, signedIn.user.id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  const codes = await issueRecoveryCodes(db, signedIn.user.id);
  return { user: signedIn.user, codes };
}

describe("two-step changes need a recent re-authentication (issue 17 point 6)", () => {
  it("removing the last factor is refused with 'reauthentication_required' and changes nothing", async () => {
    const { user } = await customerWithTwoStep();
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(RECENT_AUTH_WINDOW_MS + 60_000);
    expect(await removeAuthenticatorAction({})).toMatchObject({ ok: false, code: "reauthentication_required" });
    expect(await replaceRecoveryCodesAction({})).toMatchObject({ ok: false, code: "reauthentication_required" });
    expect((await getMfaStatus(await testDb(), user.id)).enabled).toBe(true);
  });

  it("within the window: new codes replace the old set, and removal turns two-step off", async () => {
    const { user, codes } = await customerWithTwoStep();
    const replaced = await replaceRecoveryCodesAction({});
    expect(replaced).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    const db = await testDb();
    expect(await spendRecoveryCode(db, user.id, codes[0])).toBe(false);
    expect(await removeAuthenticatorAction({})).toMatchObject({ ok: true, message: expect.stringContaining("Two-step verification is off") });
    expect(await getMfaStatus(db, user.id)).toEqual({ enabled: false, totpSince: null, passkeys: 0, recoveryCodesLeft: 0 });
  });

  it("a second authenticator cannot be started over a running one", async () => {
    await customerWithTwoStep();
    expect(await startAuthenticatorAction({})).toMatchObject({ ok: false, status: 409 });
  });

  it("anonymous callers are refused", async () => {
    session.current = null;
    expect(await startAuthenticatorAction({})).toMatchObject({ ok: false, status: 401 });
    expect(await removeAuthenticatorAction({})).toMatchObject({ ok: false, status: 401 });
  });
});
