import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";

// The signed-in user of this "request".
const session: { current: { user: { id: string; email: string; name: string; role: "admin" | "customer" } } | null } = { current: null };
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
const redirects: string[] = [];
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    redirects.push(to);
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const { requireAdmin, requireAdminPage } = await import("@/lib/auth/dal");
const { adminMfaRequired, setAdminMfaRequired } = await import("./admin-policy");
const { enrolKnownTotpSecret } = await import("./totp");
const { ForbiddenError } = await import("@/lib/errors");

beforeAll(async () => {
  await testDb();
});

describe("admins and the MFA policy (issue 17 point 5)", () => {
  it("an admin without a second factor is refused admin actions and sent to enrolment; with one, let through", async () => {
    const db = await testDb();
    const row = await createUserFixture(db, { role: "admin" });
    const admin = { id: row.id, email: row.email, name: row.name, role: "admin" as const };
    const before = await adminMfaRequired(db);
    try {
      await setAdminMfaRequired(admin, true);
      session.current = { user: admin };
      await expect(requireAdmin()).rejects.toBeInstanceOf(ForbiddenError);
      await expect(requireAdminPage()).rejects.toThrow("NEXT_REDIRECT /account/security?mfa=required");
      await enrolKnownTotpSecret(db, admin.id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
      await expect(requireAdmin()).resolves.toMatchObject({ id: admin.id });
      await expect(requireAdminPage()).resolves.toMatchObject({ id: admin.id });
    } finally {
      await setAdminMfaRequired(admin, before);
    }
  });

  it("with the policy off, an admin without a second factor is let through", async () => {
    const db = await testDb();
    const row = await createUserFixture(db, { role: "admin" });
    const admin = { id: row.id, email: row.email, name: row.name, role: "admin" as const };
    const before = await adminMfaRequired(db);
    try {
      await setAdminMfaRequired(admin, false);
      session.current = { user: admin };
      await expect(requireAdmin()).resolves.toMatchObject({ id: admin.id });
    } finally {
      await setAdminMfaRequired(admin, before);
    }
  });
});
