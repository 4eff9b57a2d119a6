import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { users } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";

const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { updateProfileAction } = await import("./actions");

beforeAll(async () => {
  await testDb();
});

describe("profile update", () => {
  it("changes the name only", async () => {
    const db = await testDb();
    const user = await createUserFixture(db, { name: "Before Name" });
    session.current = { user: { id: user.id, email: user.email, name: user.name, role: "customer" }, expires: "2099-01-01T00:00:00.000Z" };
    expect(await updateProfileAction({ name: "After Name" })).toMatchObject({ ok: true });
    const [after] = await db.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(after.name).toBe("After Name");
  });

  it.each([
    ["role", { role: "admin" }],
    ["emailVerified", { emailVerified: null }],
    ["id", { id: "00000000-0000-4000-8000-000000000000" }],
  ])("rejects a smuggled %s and changes nothing", async (_field, extra) => {
    const db = await testDb();
    const user = await createUserFixture(db, { name: "Unchanged Name" });
    session.current = { user: { id: user.id, email: user.email, name: user.name, role: "customer" }, expires: "2099-01-01T00:00:00.000Z" };
    const result = await updateProfileAction({ name: "Sneaky Name", ...extra });
    expect(result).toEqual({ ok: false, status: 422, formError: "Only your name can be changed here." });
    const [after] = await db
      .select({ id: users.id, name: users.name, role: users.role, emailVerified: users.emailVerified })
      .from(users)
      .where(eq(users.id, user.id));
    expect(after).toEqual({ id: user.id, name: "Unchanged Name", role: "customer", emailVerified: user.emailVerified });
  });

  it("refuses an anonymous caller", async () => {
    session.current = null;
    expect(await updateProfileAction({ name: "Nobody" })).toMatchObject({ ok: false, formError: "Sign in to continue." });
  });
});
