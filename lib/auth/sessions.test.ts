import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { SESSION_LIMITS } from "./session-policy";
import { createSession, listActiveSessions, revokeOtherSessions, revokeOwnSession, revokeSession, validateSession } from "./sessions";

// Opening and migrating the test database is slow on a busy machine: do it outside any test.
beforeAll(async () => {
  await testDb();
});

const DAY = 24 * 3600_000;
const setClock = (ms: number) => {
  process.env.MARQUEE_CLOCK_OFFSET_MS = String(ms);
};

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

describe("server-side sessions", () => {
  it("a customer session kept alive by activity still ends at its absolute lifetime", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const session = await createSession(user.id);
    // Active every 6 days: the idle limit (7 days) never trips...
    for (let day = 6; day < 30; day += 6) {
      setClock(day * DAY);
      expect(await validateSession(session.id), `day ${day}`).not.toBeNull();
    }
    // ...but 30 days after sign-in it is over, however active.
    setClock(SESSION_LIMITS.customer.absoluteMs + 1000);
    expect(await validateSession(session.id)).toBeNull();
  });

  it("an admin session dies after 30 idle minutes and after 12 hours in any case", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const idle = await createSession(admin.id);
    setClock(31 * 60_000);
    expect(await validateSession(idle.id)).toBeNull();

    setClock(0);
    const busy = await createSession(admin.id);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      setClock(minutes * 60_000);
      expect(await validateSession(busy.id), `minute ${minutes}`).not.toBeNull();
    }
    setClock(12 * 3600_000 + 60_000);
    expect(await validateSession(busy.id)).toBeNull();
  });

  it("is dead once revoked, when the user's session version moves on, or the user is disabled", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const revoked = await createSession(user.id);
    await revokeSession(revoked.id, "sign-out");
    expect(await validateSession(revoked.id)).toBeNull();

    const bumped = await createSession(user.id);
    expect(await validateSession(bumped.id)).toMatchObject({ id: user.id, role: "customer" });
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await validateSession(bumped.id)).toBeNull();

    const disabled = await createSession(user.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await validateSession(disabled.id)).toBeNull();
  });

  it("spots a sign-in from a browser the account has not used before", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
    expect((await createSession(user.id, { userAgent: firefox })).unknownDevice).toBe(false);
    expect((await createSession(user.id, { userAgent: firefox })).unknownDevice).toBe(false);
    expect((await createSession(user.id, { userAgent: "Safari on an iPhone" })).unknownDevice).toBe(true);
  });

  it("a user can end their own sessions but never another user's", async () => {
    const db = await testDb();
    const owner = await createUserFixture(db);
    const other = await createUserFixture(db);
    const mine = await createSession(owner.id);
    const theirs = await createSession(other.id);
    expect(await revokeOwnSession(owner.id, theirs.id)).toBe(false);
    expect(await validateSession(theirs.id)).not.toBeNull();
    expect(await revokeOwnSession(owner.id, mine.id)).toBe(true);
    expect(await listActiveSessions(owner.id)).toEqual([]);

    const keep = await createSession(other.id);
    await revokeOtherSessions(other.id, keep.id, "test");
    expect((await listActiveSessions(other.id)).map((s) => s.id)).toEqual([keep.id]);
  });
});
