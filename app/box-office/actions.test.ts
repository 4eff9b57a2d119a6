import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { auditLog, orders, users } from "@/db/schema";
import { assertAdmin, assertStaff } from "@/lib/auth/dal";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { checkoutCart } from "@/lib/orders/checkout";
import type { Role } from "@/lib/auth/session-policy";
import { testDb, unique } from "@/test/database";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";

// The session of the caller, as the jwt callback would have validated it: what the DAL sees.
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("@/lib/auth/mfa/admin-policy", () => ({ adminNeedsMfaEnrolment: async () => false }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { markPaidAtDeskAction, sellAtCounterAction, checkInAtDoorAction, holdForCounterAction } = await import("./actions");
const { changeUserRoleAction } = await import("@/app/admin/users/actions");

type Person = { id: string; email: string; name: string };
function as(user: Person | null, role: Role = "customer") {
  session.current = user ? { user: { id: user.id, email: user.email, name: user.name, role }, expires: new Date(Date.now() + 3600_000).toISOString() } : null;
}

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

beforeAll(async () => {
  await testDb();
});
beforeEach(() => as(null));

describe("the staff guard", () => {
  it("lets staff and admins through, refuses a customer (audited) and an anonymous caller", async () => {
    const db = await testDb();
    const staff = await createUserFixture(db, { role: "staff" });
    const admin = await createUserFixture(db, { role: "admin" });
    const customer = await createUserFixture(db);
    const user = (u: typeof staff, role: Role) => ({ id: u.id, email: u.email, name: u.name, role });
    await expect(assertStaff(user(staff, "staff"))).resolves.toMatchObject({ id: staff.id });
    await expect(assertStaff(user(admin, "admin"))).resolves.toMatchObject({ id: admin.id });
    await expect(assertStaff(user(customer, "customer"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assertStaff(null)).rejects.toBeInstanceOf(UnauthorizedError);
    const logged = await db.select().from(auditLog).where(and(eq(auditLog.actorUserId, customer.id), eq(auditLog.action, "authz.staff_denied")));
    expect(logged).toHaveLength(1);
  });

  it("refuses staff every admin operation (assertAdmin), audited", async () => {
    const db = await testDb();
    const staff = await createUserFixture(db, { role: "staff" });
    await expect(assertAdmin({ id: staff.id, email: staff.email, name: staff.name, role: "staff" })).rejects.toBeInstanceOf(ForbiddenError);
    const target = await createUserFixture(db);
    as(staff, "staff");
    const promote = await changeUserRoleAction(null, form({ userId: target.id, role: "staff" }));
    expect(promote).toMatchObject({ ok: false, status: 403 });
    const [after] = await db.select({ role: users.role }).from(users).where(eq(users.id, target.id));
    expect(after.role).toBe("customer");
    const logged = await db.select().from(auditLog).where(and(eq(auditLog.actorUserId, staff.id), eq(auditLog.action, "authz.admin_denied")));
    expect(logged).toHaveLength(2);
  });
});

describe("the role control", () => {
  it("lets an admin make a customer staff, which bumps their session version and is audited", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const target = await createUserFixture(db);
    as(admin, "admin");
    expect(await changeUserRoleAction(null, form({ userId: target.id, role: "staff" }))).toMatchObject({ ok: true });
    const [after] = await db.select({ role: users.role, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, target.id));
    expect(after).toEqual({ role: "staff", sessionVersion: target.sessionVersion + 1 });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, "user.role_changed")));
    expect(entry).toMatchObject({ actorUserId: admin.id, details: { from: "customer", to: "staff" } });
  });
});

describe("box-office actions called directly", () => {
  it("refuse a customer with 403 and change nothing", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db);
    const owner = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: owner.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const placed = await checkoutCart(db, { userId: owner.id, idempotencyKey: unique("key") });

    const customer = await createUserFixture(db);
    as(customer);
    expect(await markPaidAtDeskAction(null, form({ orderNumber: placed.number }))).toMatchObject({ ok: false, status: 403, formError: "Only box-office staff can do that." });
    expect(await checkInAtDoorAction(null, form({ code: "whatever" }))).toMatchObject({ ok: false, status: 403 });
    expect(
      await sellAtCounterAction(null, form({ idempotencyKey: crypto.randomUUID(), expectedSeats: [], paymentMethod: "counter_cash" })),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      await holdForCounterAction({ showtimeId: fixture.showtime.id, seats: [{ seatId: fixture.seats[1].id, ticketTypeId: adult.id }], wheelchairDeclared: false, carerDeclared: false }),
    ).toMatchObject({ ok: false, status: 403 });
    const [order] = await db.select({ paymentStatus: orders.paymentStatus }).from(orders).where(eq(orders.id, placed.id));
    expect(order.paymentStatus).toBe("unpaid");
  });

  it("let staff mark a reservation paid; a mistyped number is a field error, not a crash", async () => {
    const db = await testDb();
    const fixture = await createShowtimeFixture(db);
    const owner = await createUserFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: owner.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });
    const placed = await checkoutCart(db, { userId: owner.id, idempotencyKey: unique("key") });
    const staff = await createUserFixture(db, { role: "staff" });
    as(staff, "staff");
    const bad = await markPaidAtDeskAction(null, form({ orderNumber: "not a number" }));
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { orderNumber: ["Not an order number."] } });
    const ok = await markPaidAtDeskAction(null, form({ orderNumber: placed.number.toLowerCase() }));
    expect(ok).toMatchObject({ ok: true, data: { number: placed.number } });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, placed.id), eq(auditLog.action, "order.payment_marked")));
    expect(entry?.actorUserId).toBe(staff.id);
  });

  it("let staff sell at the counter: a bad payment method is a field error", async () => {
    const db = await testDb();
    const staff = await createUserFixture(db, { role: "staff" });
    as(staff, "staff");
    const result = await sellAtCounterAction(null, form({ idempotencyKey: crypto.randomUUID(), expectedSeats: [], paymentMethod: "bitcoin" }));
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(result.ok === false && result.fieldErrors?.paymentMethod).toBeTruthy();
  });
});
