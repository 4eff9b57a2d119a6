import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { emails, users } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { InvalidError } from "@/lib/errors";
import { changePassword } from "./password-change";
import { hashPassword } from "./password-hash";
import { resetPassword } from "./password-reset";
import { authenticateWithPassword } from "./password-sign-in";
import { createSession, validateSession } from "./sessions";
import { changePasswordSchema } from "./schemas";
import { issueToken } from "./tokens";

const PASSWORD = "the original long passphrase";

/** A fresh address per call, so these tests never meet the per-address limits. */
const anyIp = () => `198.18.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

async function userWithPassword(overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await testDb();
  return createUserFixture(db, { email: `${unique("pw")}@example.test`, passwordHash: await hashPassword(PASSWORD), ...overrides });
}

async function sentTo(email: string, subject: string) {
  const db = await testDb();
  return db.select({ id: emails.id }).from(emails).where(and(eq(emails.to, email), eq(emails.subject, subject)));
}

beforeAll(async () => {
  await testDb();
});

describe("password sign-in", () => {
  it("accepts the right password of a verified account, case-insensitively by email", async () => {
    const user = await userWithPassword();
    const result = await authenticateWithPassword({ email: user.email.toUpperCase(), password: PASSWORD }, anyIp());
    expect(result).toEqual({ status: "ok", user: { id: user.id, email: user.email, name: user.name } });
  });

  it("says 'unverified' only when the password is right", async () => {
    const user = await userWithPassword({ emailVerified: null });
    expect(await authenticateWithPassword({ email: user.email, password: "a wrong password" }, anyIp())).toEqual({ status: "invalid" });
    expect(await authenticateWithPassword({ email: user.email, password: PASSWORD }, anyIp())).toEqual({ status: "unverified" });
  });

  it("refuses a disabled account like a wrong password", async () => {
    const user = await userWithPassword({ disabledAt: new Date() });
    expect(await authenticateWithPassword({ email: user.email, password: PASSWORD }, anyIp())).toEqual({ status: "invalid" });
  });

  it("spends about as long on an unknown email as on a known one", async () => {
    const user = await userWithPassword();
    await authenticateWithPassword({ email: "warm-up@example.test", password: "warm up the hasher" }, anyIp());
    const time = async (email: string) => {
      const start = performance.now();
      await authenticateWithPassword({ email, password: "a wrong password entirely" }, anyIp());
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      unknown.push(await time(`${unique("nobody")}@example.test`));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[1];
    // Both paths run one argon2id verification; without the dummy hash the unknown path would be ~100× faster.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  });

  it("upgrades a hash made with older parameters at sign-in", async () => {
    const { hash } = await import("@node-rs/argon2");
    const db = await testDb();
    const user = await userWithPassword({ passwordHash: await hash(PASSWORD, { memoryCost: 8192, timeCost: 1, parallelism: 1 }) });
    expect((await authenticateWithPassword({ email: user.email, password: PASSWORD }, anyIp())).status).toBe("ok");
    const [after] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(after.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("change password", () => {
  it("is refused without the right current password", async () => {
    const user = await userWithPassword();
    const attempt = changePassword(user, null, { currentPassword: "not my password", newPassword: "a fine new passphrase" }, "10.1.1.1");
    await expect(attempt).rejects.toBeInstanceOf(InvalidError);
    expect((await authenticateWithPassword({ email: user.email, password: PASSWORD }, anyIp())).status).toBe("ok");
  });

  it("signs out every other session but keeps the one that asked, and sends a notice", async () => {
    const user = await userWithPassword();
    const here = await createSession(user.id);
    const elsewhere = await createSession(user.id);
    await changePassword(user, here.id, { currentPassword: PASSWORD, newPassword: "a fine new passphrase" }, "10.1.1.2");
    expect(await validateSession(here.id)).not.toBeNull();
    expect(await validateSession(elsewhere.id)).toBeNull();
    expect((await authenticateWithPassword({ email: user.email, password: "a fine new passphrase" }, anyIp())).status).toBe("ok");
    expect(await sentTo(user.email, "Your Marquee password was changed")).toHaveLength(1);
  });

  it("always ends the other sessions: there is no way to keep them", async () => {
    const user = await userWithPassword();
    const here = await createSession(user.id);
    const elsewhere = await createSession(user.id);
    await changePassword(user, here.id, { currentPassword: PASSWORD, newPassword: "another fine passphrase" }, "10.1.1.4");
    expect(await validateSession(elsewhere.id)).toBeNull();
    expect(await validateSession(here.id)).not.toBeNull();
    expect(changePasswordSchema.safeParse({ currentPassword: PASSWORD, newPassword: "x".repeat(20), signOutOthers: false }).success).toBe(false);
  });

  it("applies the policy, with the user's own name and email", async () => {
    const user = await userWithPassword({ name: "Maximilian Stone" });
    const attempt = changePassword(user, null, { currentPassword: PASSWORD, newPassword: "maximilian loves films" }, "10.1.1.3");
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { newPassword: ["Don't use your name in your password."] } });
  });
});

describe("reset password", () => {
  it("checks the policy before spending the link, then kills every session", async () => {
    const db = await testDb();
    const user = await userWithPassword();
    const session = await createSession(user.id);
    const token = await issueToken(user.id, "reset_password", user.email);
    await expect(resetPassword(token, "password123456")).rejects.toMatchObject({ status: 422 });
    await resetPassword(token, "a brand new passphrase");
    expect(await validateSession(session.id)).toBeNull();
    expect((await authenticateWithPassword({ email: user.email, password: "a brand new passphrase" }, anyIp())).status).toBe("ok");
    await expect(resetPassword(token, "yet another passphrase")).rejects.toThrow(/expired or was already used/);
    expect(await sentTo(user.email, "Your Marquee password was changed")).toHaveLength(1);
    const [row] = await db.select({ v: sql<number>`${users.sessionVersion}` }).from(users).where(eq(users.id, user.id));
    expect(row.v).toBe(user.sessionVersion + 1);
  });

  it("refuses a link issued for an address the account no longer has", async () => {
    const db = await testDb();
    const user = await userWithPassword();
    const token = await issueToken(user.id, "reset_password", user.email);
    await db.update(users).set({ email: `${unique("moved")}@example.test` }).where(eq(users.id, user.id));
    await expect(resetPassword(token, "a brand new passphrase")).rejects.toThrow(/expired or was already used/);
  });
});
