import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { accounts, users } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { resolveOAuthSignIn } from "./oauth-sign-in";

const identity = (email: string | null, overrides: Partial<Parameters<typeof resolveOAuthSignIn>[0]> = {}) => ({
  provider: "test-oidc",
  providerAccountId: unique("sub"),
  email,
  emailVerified: true,
  name: "Oauth Person",
  ...overrides,
});

beforeAll(async () => {
  await testDb();
});

describe("OAuth sign-in", () => {
  it("creates a verified customer and the link for a new address, then reuses the link", async () => {
    const db = await testDb();
    const first = identity(`${unique("oauth")}@example.test`);
    const created = await resolveOAuthSignIn(first);
    expect(created.ok).toBe(true);
    const userId = created.ok ? created.userId : "";
    const [user] = await db.select({ role: users.role, emailVerified: users.emailVerified, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ role: "customer", passwordHash: null });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(await resolveOAuthSignIn(first)).toEqual({ ok: true, userId });
    expect(await db.select().from(accounts).where(eq(accounts.userId, userId))).toHaveLength(1);
  });

  it("never links an identity to an existing account with the same email, whatever the case", async () => {
    const db = await testDb();
    const existing = await createUserFixture(db);
    const result = await resolveOAuthSignIn(identity(existing.email.toUpperCase()));
    expect(result).toEqual({ ok: false, reason: "OAuthAccountNotLinked" });
    expect(await db.select().from(accounts).where(eq(accounts.userId, existing.id))).toHaveLength(0);
  });

  it("refuses identities without a verified email, and linked accounts that are disabled", async () => {
    const db = await testDb();
    expect(await resolveOAuthSignIn(identity(null))).toEqual({ ok: false, reason: "OAuthEmailMissing" });
    expect(await resolveOAuthSignIn(identity(`${unique("x")}@example.test`, { emailVerified: false }))).toEqual({ ok: false, reason: "OAuthEmailMissing" });
    const linked = identity(`${unique("dis")}@example.test`);
    const created = await resolveOAuthSignIn(linked);
    if (!created.ok) throw new Error("expected an account");
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, created.userId));
    expect(await resolveOAuthSignIn(linked)).toEqual({ ok: false, reason: "AccountDisabled" });
  });
});
