import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { ACCOUNT_FAILURE_THRESHOLD } from "@/lib/security/account-throttle";
import { PEER_ADDRESS_HEADER } from "@/lib/security/client-ip";
import { hashPassword } from "./password-hash";

// The request these events happen in: its address and browser must reach the log.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.50", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" }),
}));

const { changePassword, signOutEverywhere } = await import("./password-change");
const { authenticateWithPassword } = await import("./password-sign-in");
const { resolveOAuthSignIn } = await import("./oauth-sign-in");
const { createSession, revokeOwnSession } = await import("./sessions");
const { confirmEmailAddress } = await import("./verify-email");
const { issueToken } = await import("./tokens");
const { recordAuditWithinBudget } = await import("@/lib/audit");
const { RATE_LIMITS } = await import("@/lib/security/rate-limit");

const PASSWORD = "the original long passphrase";

beforeAll(async () => {
  await testDb();
});

async function entries(action: string, entityId: string) {
  const db = await testDb();
  return db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
}

async function user(overrides: Parameters<typeof createUserFixture>[1] = {}) {
  return createUserFixture(await testDb(), { email: `${unique("audit")}@example.test`, passwordHash: await hashPassword(PASSWORD), ...overrides });
}

describe("security events in the audit log", () => {
  it("a failed sign-in, with the address and user agent of the request", async () => {
    const owner = await user();
    await authenticateWithPassword({ email: owner.email, password: "not the password" }, "203.0.113.50");
    const [entry] = await entries("auth.sign_in_failed", owner.id);
    expect(entry).toMatchObject({ actorUserId: null, entityType: "user", ipAddress: "203.0.113.50", userAgent: expect.stringContaining("Firefox") });
    expect(entry?.details).toEqual({ email: owner.email });
  });

  it("the moment an account reaches its limit, once", async () => {
    const owner = await user();
    for (let i = 0; i < ACCOUNT_FAILURE_THRESHOLD; i++) {
      await authenticateWithPassword({ email: owner.email, password: `wrong ${i} password` }, `198.18.7.${i + 1}`);
    }
    expect(await entries("auth.account_throttled", `password:${owner.email.toLowerCase()}`)).toHaveLength(1);
  });

  it("password change, session revoke and sign-out everywhere", async () => {
    const owner = await user();
    const here = await createSession(owner.id, { ipAddress: "203.0.113.50" });
    const other = await createSession(owner.id);
    await revokeOwnSession(owner.id, other.id);
    await changePassword(owner, here.id, { currentPassword: PASSWORD, newPassword: "a different long passphrase" }, "203.0.113.50");
    await signOutEverywhere(owner.id);
    expect(await entries("auth.session_revoked", other.id)).toHaveLength(1);
    expect(await entries("auth.password_changed", owner.id)).toHaveLength(1);
    expect(await entries("auth.signed_out_everywhere", owner.id)).toHaveLength(1);
  });

  it("email verification and OAuth account creation", async () => {
    const waiting = await user({ emailVerified: null });
    const token = await issueToken(waiting.id, "verify_email", waiting.email);
    expect((await confirmEmailAddress(token, "203.0.113.50")).status).toBe("ok");
    expect(await entries("auth.email_verified", waiting.id)).toHaveLength(1);

    const outcome = await resolveOAuthSignIn({
      provider: "test-oidc",
      providerAccountId: unique("sub"),
      email: `${unique("oauth")}@example.test`,
      emailVerified: true,
      name: "Oauth Person",
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const [created] = await entries("auth.oauth_account_created", outcome.userId);
    expect(created?.details).toEqual({ provider: "test-oidc" });
  });
});

describe("events anyone can cause", () => {
  it("are written only within the per-address budget, so anonymous traffic can't flood the table", async () => {
    const action = `test.flood_${Math.random().toString(36).slice(2, 8)}`;
    const written: boolean[] = [];
    for (let i = 0; i < RATE_LIMITS.auditFloodIp.points + 5; i++) {
      written.push(await recordAuditWithinBudget(await testDb(), { actorUserId: null, action, entityType: "security" }));
    }
    expect(written.filter(Boolean)).toHaveLength(RATE_LIMITS.auditFloodIp.points);
    const db = await testDb();
    expect(await db.select().from(auditLog).where(eq(auditLog.action, action))).toHaveLength(RATE_LIMITS.auditFloodIp.points);
  });
});
