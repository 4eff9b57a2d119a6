import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { actors, auditLog } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { slugify } from "@/lib/catalog/slug";
import { log } from "@/lib/log/logger";

// The session is the only thing faked: requireAdmin, the schema and the database run for real.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; email: string; name: string; role: string } } }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// The admin MFA policy has its own tests (lib/auth/mfa/admin-guard.test.ts); here admins have a second factor.
vi.mock("@/lib/auth/mfa/admin-policy", () => ({ adminNeedsMfaEnrolment: async () => false }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn() }));

const { createActorAction, deleteActorAction } = await import("@/app/admin/actors/actions");
const { cancelShowtimeAction } = await import("@/app/admin/showtimes/actions");

describe("admin server actions called directly", () => {
  // Opening (and migrating) the database can take a while on a busy machine: not part of any test.
  beforeAll(async () => {
    await testDb();
  });

  beforeEach(() => {
    session.current = null;
  });

  it("refuse an anonymous caller with 401 and change nothing", async () => {
    const name = unique("Anon Actor");
    const result = await createActorAction({ name, slug: "", birthDate: "", bio: "", photoId: "" });
    expect(result).toMatchObject({ ok: false, status: 401 });
    const db = await testDb();
    expect(await db.select().from(actors).where(eq(actors.name, name))).toEqual([]);
  });

  it("refuse a customer with 403, log the refusal, and change nothing", async () => {
    const db = await testDb();
    const customer = await createUserFixture(db);
    session.current = { user: { id: customer.id, email: customer.email, name: customer.name, role: "customer" } };
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    const name = unique("Customer Actor");
    expect(await createActorAction({ name, slug: "", birthDate: "", bio: "", photoId: "" })).toMatchObject({ ok: false, status: 403 });
    expect(await deleteActorAction({ id: crypto.randomUUID() })).toMatchObject({ ok: false, status: 403 });
    expect(await cancelShowtimeAction({ id: crypto.randomUUID(), reason: "because" })).toMatchObject({ ok: false, status: 403 });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ userId: customer.id, role: "customer" }),
      expect.stringContaining("authz: a user was refused"),
    );
    expect(await db.select().from(actors).where(eq(actors.name, name))).toEqual([]);
    warn.mockRestore();
  });

  it("let an admin through, validate input, and audit the write", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    session.current = { user: { id: admin.id, email: admin.email, name: admin.name, role: "admin" } };
    expect(await createActorAction({ name: "", slug: "", birthDate: "", bio: "", photoId: "", role: "admin" })).toMatchObject({ ok: false, status: 422 });
    const name = unique("Admin Actor");
    const created = await createActorAction({ name, slug: "", birthDate: "1980-02-03", bio: "<script>alert(1)</script>", photoId: "" });
    expect(created).toMatchObject({ ok: true, data: { slug: slugify(name) } });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, created.ok ? (created.data?.id ?? "") : ""));
    expect(audit).toMatchObject({ actorUserId: admin.id, action: "actor.created" });
    // A second actor with the same name gets a free slug; an explicit taken slug is a field error.
    expect(await createActorAction({ name, slug: "", birthDate: "", bio: "", photoId: "" })).toMatchObject({ ok: true, data: { slug: `${slugify(name)}-2` } });
    expect(await createActorAction({ name: "Other", slug: slugify(name), birthDate: "", bio: "", photoId: "" })).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { slug: [expect.stringContaining("already used")] },
    });
  });
});
