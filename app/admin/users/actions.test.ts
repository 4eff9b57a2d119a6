import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { auditLog, users } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";

// The session of the caller, as the jwt callback would have validated it: what the DAL sees.
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// The admin MFA policy has its own tests (lib/auth/mfa/admin-guard.test.ts); here admins have a second factor.
vi.mock("@/lib/auth/mfa/admin-policy", () => ({ adminNeedsMfaEnrolment: async () => false }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { changeUserRoleAction, setUserDisabledAction } = await import("./actions");

function as(user: { id: string; email: string; name: string; role: "customer" | "admin" } | null) {
  session.current = user ? { user, expires: new Date(Date.now() + 3600_000).toISOString() } : null;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeAll(async () => {
  await testDb();
});
beforeEach(() => as(null));

describe("admin user actions called directly", () => {
  it("refuse a customer with 403, change nothing, and log the attempt", async () => {
    const db = await testDb();
    const customer = await createUserFixture(db);
    const target = await createUserFixture(db);
    as({ id: customer.id, email: customer.email, name: customer.name, role: "customer" });

    const promote = await changeUserRoleAction(null, form({ userId: target.id, role: "admin" }));
    expect(promote).toEqual({ ok: false, status: 403, formError: "Only administrators can do that.", fieldErrors: undefined, values: undefined });
    const disable = await setUserDisabledAction(null, form({ userId: target.id, disabled: "true" }));
    expect(disable.ok).toBe(false);

    const [after] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, target.id));
    expect(after).toEqual({ role: "customer", disabledAt: null });
    const logged = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, customer.id), eq(auditLog.action, "authz.admin_denied")));
    expect(logged).toHaveLength(2);
  });

  it("refuse an anonymous caller with 401", async () => {
    const db = await testDb();
    const target = await createUserFixture(db);
    const result = await changeUserRoleAction(null, form({ userId: target.id, role: "admin" }));
    expect(result).toMatchObject({ ok: false, formError: "Sign in to continue." });
    const [after] = await db.select({ role: users.role }).from(users).where(eq(users.id, target.id));
    expect(after.role).toBe("customer");
  });

  it("let an admin change a role, which bumps the target's session version and is audited", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const target = await createUserFixture(db);
    as({ id: admin.id, email: admin.email, name: admin.name, role: "admin" });
    expect(await changeUserRoleAction(null, form({ userId: target.id, role: "admin" }))).toMatchObject({ ok: true });
    const [after] = await db.select({ role: users.role, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, target.id));
    expect(after).toEqual({ role: "admin", sessionVersion: target.sessionVersion + 1 });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, "user.role_changed")));
    expect(entry).toMatchObject({ actorUserId: admin.id, entityType: "user", details: { from: "customer", to: "admin" } });
  });

  it("never let an admin demote or disable themselves", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    as({ id: admin.id, email: admin.email, name: admin.name, role: "admin" });
    expect(await changeUserRoleAction(null, form({ userId: admin.id, role: "customer" }))).toMatchObject({ ok: false, formError: expect.stringContaining("your own account") });
    expect(await setUserDisabledAction(null, form({ userId: admin.id, disabled: "true" }))).toMatchObject({ ok: false });
    const [after] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, admin.id));
    expect(after).toEqual({ role: "admin", disabledAt: null });
  });

  it("reject malformed input after the guard", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    as({ id: admin.id, email: admin.email, name: admin.name, role: "admin" });
    const result = await changeUserRoleAction(null, form({ userId: "not-a-uuid", role: "superuser" }));
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.fieldErrors?.role).toBeTruthy();
  });
});
