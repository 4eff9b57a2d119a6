import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Session } from "next-auth";
import { auditLog } from "@/db/schema";
import { ReauthenticationRequiredError } from "@/lib/errors";
import { testDb } from "@/test/database";
import { FIXTURE_PASSWORD, signedInCustomerFixture } from "@/test/fixtures/session";

// Only the session cookie is faked: the guard, the sessions table and the password check are real.
const session = vi.hoisted(() => ({ current: null as Session | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));

const { requireRecentAuthentication, RECENT_AUTH_WINDOW_MS } = await import("./recent-auth");
const { reauthenticateAction } = await import("@/app/account/actions");

beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

const password = FIXTURE_PASSWORD;

async function signedInUser() {
  const signedIn = await signedInCustomerFixture(await testDb());
  session.current = signedIn.session;
  return signedIn.user;
}

describe("recent re-authentication", () => {
  it("accepts a session that signed in within 10 minutes and refuses it afterwards", async () => {
    const user = await signedInUser();
    await expect(requireRecentAuthentication()).resolves.toMatchObject({ user: { id: user.id } });
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(RECENT_AUTH_WINDOW_MS + 1000);
    await expect(requireRecentAuthentication()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
  });

  it("a wrong password keeps the session stale; the right one makes it recent again, and both are logged", async () => {
    const user = await signedInUser();
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(RECENT_AUTH_WINDOW_MS + 1000);
    expect(await reauthenticateAction({ password: "not the password at all" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That isn't your password."] },
    });
    await expect(requireRecentAuthentication()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    expect(await reauthenticateAction({ password })).toMatchObject({ ok: true });
    await expect(requireRecentAuthentication()).resolves.toMatchObject({ user: { id: user.id } });
    const db = await testDb();
    const logged = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorUserId, user.id));
    expect(logged.map((row) => row.action).sort()).toEqual(["auth.reauthenticated", "auth.reauthentication_failed"]);
  });

  it("refuses an anonymous caller and a smuggled field", async () => {
    session.current = null;
    expect(await reauthenticateAction({ password })).toMatchObject({ ok: false, formError: "Sign in to continue." });
    await signedInUser();
    expect(await reauthenticateAction({ password, sessionId: "x" })).toMatchObject({ ok: false });
  });
});
