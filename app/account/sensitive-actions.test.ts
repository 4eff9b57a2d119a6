import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { oneTimeTokens, orders, sessions, tickets, users } from "@/db/schema";
import { RECENT_AUTH_WINDOW_MS } from "@/lib/auth/recent-auth";
import { checkoutCart } from "@/lib/orders/checkout";
import { testDb, unique } from "@/test/database";
import { holdSeats } from "@/test/fixtures/holds";
import { signedInCustomerFixture } from "@/test/fixtures/session";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";

// The cookie is the only thing faked: guards, re-authentication, the domain and the database are real.
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => session.current,
  signOut: vi.fn(async () => undefined),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.10" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { deleteAccountAction, requestEmailChangeAction } = await import("./actions");

beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

async function signedInCustomer() {
  const signedIn = await signedInCustomerFixture(await testDb());
  session.current = signedIn.session;
  return signedIn.user;
}

function beStale() {
  process.env.MARQUEE_CLOCK_OFFSET_MS = String(RECENT_AUTH_WINDOW_MS + 60_000);
}

describe("sensitive account actions without a recent re-authentication", () => {
  it("an email change is refused with 'reauthentication_required' and no link is issued", async () => {
    const user = await signedInCustomer();
    beStale();
    expect(await requestEmailChangeAction({ email: `${unique("new")}@example.test` })).toMatchObject({
      ok: false,
      code: "reauthentication_required",
    });
    const db = await testDb();
    expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id))).toEqual([]);
  });

  it("an account deletion is refused with 'reauthentication_required' and the account stays", async () => {
    const user = await signedInCustomer();
    beStale();
    expect(await deleteAccountAction({ confirmEmail: user.email })).toMatchObject({ ok: false, code: "reauthentication_required" });
    const db = await testDb();
    const [still] = await db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
    expect(still.email).toBe(user.email);
  });
});

describe("sensitive account actions right after signing in", () => {
  it("an email change issues a link bound to the user and the new address; taken addresses are refused", async () => {
    const user = await signedInCustomer();
    const db = await testDb();
    const other = await createUserFixture(db);
    expect(await requestEmailChangeAction({ email: other.email.toUpperCase() })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["That address already belongs to another Marquee account."] },
    });
    const newEmail = `${unique("new")}@example.test`;
    expect(await requestEmailChangeAction({ email: newEmail })).toMatchObject({ ok: true });
    const [link] = await db
      .select({ email: oneTimeTokens.email })
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.userId, user.id), eq(oneTimeTokens.purpose, "change_email")));
    expect(link.email).toBe(newEmail);
    // Not changed until confirmed.
    const [still] = await db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
    expect(still.email).toBe(user.email);
  });

  it("deleting an account with an order keeps the order under an anonymous, disabled tombstone", async () => {
    const user = await signedInCustomer();
    const db = await testDb();
    const fixture = await createShowtimeFixture(db);
    const adult = await ticketTypeByCode(db, "adult");
    await holdSeats(db, { userId: user.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id, minutes: 10 });
    const placed = await checkoutCart(db, { userId: user.id, idempotencyKey: unique("key") });

    expect(await deleteAccountAction({ confirmEmail: "not-me@example.test" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmEmail: [expect.stringContaining("exactly as shown")] },
    });
    // Success signs out and redirects to the goodbye page (redirect() throws on purpose).
    await expect(deleteAccountAction({ confirmEmail: ` ${user.email.toUpperCase()} ` })).rejects.toThrow("NEXT_REDIRECT");

    const [tombstone] = await db.select().from(users).where(eq(users.id, user.id));
    expect(tombstone).toMatchObject({ name: "Deleted customer", passwordHash: null, email: `deleted-${user.id}@deleted.invalid` });
    expect(tombstone.disabledAt).not.toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    const [order] = await db.select({ userId: orders.userId }).from(orders).where(eq(orders.id, placed.id));
    expect(order.userId).toBe(user.id);
    const sold = await db.select({ status: tickets.status }).from(tickets).where(eq(tickets.orderId, placed.id));
    expect(sold).toEqual([{ status: "cancelled" }]);
  });

  it("deleting an account without orders removes the user row", async () => {
    const user = await signedInCustomer();
    await expect(deleteAccountAction({ confirmEmail: user.email })).rejects.toThrow("NEXT_REDIRECT");
    const db = await testDb();
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
  });
});
