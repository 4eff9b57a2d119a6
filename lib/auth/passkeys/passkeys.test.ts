import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { passkeys, users } from "@/db/schema";
import { testDb } from "@/test/database";
import { signedInCustomerFixture } from "@/test/fixtures/session";
import { softwareAuthenticator } from "@/test/fixtures/software-authenticator";
import type { SessionUser } from "@/lib/auth/sessions";
import { CHALLENGE_TTL_MS } from "./challenges";
import { removePasskey } from "./manage";
import { finishPasskeyRegistration, startPasskeyRegistration } from "./registration";
import { relyingParty } from "./relying-party";
import { startPasskeySignIn, verifyPasskeySignIn } from "./sign-in";

beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

/** A customer with one registered passkey, and the authenticator that holds it. */
async function customerWithPasskey() {
  const { user } = await signedInCustomerFixture(await testDb());
  const caller: SessionUser = { id: user.id, email: user.email, name: user.name, role: "customer" };
  const authenticator = softwareAuthenticator(relyingParty());
  const options = await startPasskeyRegistration(caller);
  await finishPasskeyRegistration(caller, authenticator.register(options.challenge), "Laptop");
  return { user: caller, authenticator };
}

async function storedKey(id: string) {
  const [row] = await (await testDb()).select().from(passkeys).where(eq(passkeys.id, id));
  return row;
}

describe("passkeys", () => {
  it("registers a discoverable passkey bound to our RP ID, then signs in with it alone, storing the counter", async () => {
    const { user, authenticator } = await customerWithPasskey();
    const options = await startPasskeySignIn();
    expect(options.rpId).toBe(relyingParty().id);
    expect(options.allowCredentials ?? []).toEqual([]);
    const result = await verifyPasskeySignIn(authenticator.assert(options.challenge), null);
    expect(result).toMatchObject({ status: "ok", user: { id: user.id } });
    expect(await storedKey(authenticator.id)).toMatchObject({ counter: 1, name: "Laptop", lastUsedAt: expect.any(Date) });
  });

  it("refuses a registration answered for another origin", async () => {
    const { user } = await signedInCustomerFixture(await testDb());
    const caller: SessionUser = { id: user.id, email: user.email, name: user.name, role: "customer" };
    const authenticator = softwareAuthenticator(relyingParty());
    const options = await startPasskeyRegistration(caller);
    const forged = authenticator.register(options.challenge, { origin: "https://marquee.evil.example" });
    await expect(finishPasskeyRegistration(caller, forged, "Phished")).rejects.toThrow(/no passkey was added/);
    expect(await storedKey(authenticator.id)).toBeUndefined();
  });

  it("refuses an assertion made for another origin, and its challenge is spent by the attempt", async () => {
    const { authenticator } = await customerWithPasskey();
    const { challenge } = await startPasskeySignIn();
    const phished = authenticator.assert(challenge, { origin: "https://marquee.evil.example" });
    expect(await verifyPasskeySignIn(phished, null)).toEqual({ status: "refused" });
    expect(await verifyPasskeySignIn(authenticator.assert(challenge), null)).toEqual({ status: "refused" });
  });

  it("refuses a reused challenge: a captured assertion replayed signs nobody in", async () => {
    const { authenticator } = await customerWithPasskey();
    const { challenge } = await startPasskeySignIn();
    const assertion = authenticator.assert(challenge);
    expect((await verifyPasskeySignIn(assertion, null)).status).toBe("ok");
    expect(await verifyPasskeySignIn(assertion, null)).toEqual({ status: "refused" });
  });

  it("lets exactly one of two simultaneous uses of one challenge through", async () => {
    const { authenticator } = await customerWithPasskey();
    const { challenge } = await startPasskeySignIn();
    const first = authenticator.assert(challenge);
    const second = authenticator.assert(challenge);
    const results = await Promise.all([verifyPasskeySignIn(first, null), verifyPasskeySignIn(second, null)]);
    expect(results.filter((result) => result.status === "ok")).toHaveLength(1);
  });

  it("refuses a challenge older than 5 minutes", async () => {
    const { authenticator } = await customerWithPasskey();
    const { challenge } = await startPasskeySignIn();
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(CHALLENGE_TTL_MS + 1000);
    expect(await verifyPasskeySignIn(authenticator.assert(challenge), null)).toEqual({ status: "refused" });
  });

  it("refuses a registration challenge used to sign in", async () => {
    const { user, authenticator } = await customerWithPasskey();
    const registration = await startPasskeyRegistration(user);
    expect(await verifyPasskeySignIn(authenticator.assert(registration.challenge), null)).toEqual({ status: "refused" });
  });

  it("refuses a signature counter that did not move forward (a cloned authenticator)", async () => {
    const { authenticator } = await customerWithPasskey();
    expect((await verifyPasskeySignIn(authenticator.assert((await startPasskeySignIn()).challenge, { counter: 5 }), null)).status).toBe("ok");
    const cloned = authenticator.assert((await startPasskeySignIn()).challenge, { counter: 3 });
    expect(await verifyPasskeySignIn(cloned, null)).toEqual({ status: "refused" });
    expect((await storedKey(authenticator.id))?.counter).toBe(5);
  });

  it("refuses the passkey of a disabled account, and a removed passkey", async () => {
    const { user, authenticator } = await customerWithPasskey();
    const db = await testDb();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await verifyPasskeySignIn(authenticator.assert((await startPasskeySignIn()).challenge), null)).toEqual({ status: "refused" });
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, user.id));
    await removePasskey(user, authenticator.id);
    expect(await verifyPasskeySignIn(authenticator.assert((await startPasskeySignIn()).challenge), null)).toEqual({ status: "refused" });
  });

  it("never removes another user's passkey", async () => {
    const { authenticator } = await customerWithPasskey();
    const { user: other } = await signedInCustomerFixture(await testDb());
    await expect(removePasskey({ id: other.id, email: other.email, name: other.name, role: "customer" }, authenticator.id)).rejects.toThrow(
      /isn't on your account/,
    );
    expect(await storedKey(authenticator.id)).toBeDefined();
  });
});

describe("confirming it's you with a passkey", () => {
  it("makes the session recent with the user's own passkey, and refuses another user's", async () => {
    const { reauthenticateWithPasskey } = await import("./reauthentication");
    const { recentAuthenticationUntil, RECENT_AUTH_WINDOW_MS } = await import("@/lib/auth/recent-auth");
    const db = await testDb();
    const { user: owner, authenticator } = await customerWithPasskey();
    const { user: other } = await signedInCustomerFixture(db);
    const { createSession } = await import("@/lib/auth/sessions");
    const [ownerSession, otherSession] = await Promise.all([createSession(owner.id), createSession(other.id)]);
    const otherUser: SessionUser = { id: other.id, email: other.email, name: other.name, role: "customer" };
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(RECENT_AUTH_WINDOW_MS + 1000);
    expect(await recentAuthenticationUntil(other.id, otherSession.id)).toBeNull();

    const stolen = authenticator.assert((await startPasskeySignIn()).challenge);
    await expect(reauthenticateWithPasskey(otherUser, otherSession.id, stolen, null)).rejects.toThrow(/didn't confirm it's you/);
    expect(await recentAuthenticationUntil(other.id, otherSession.id)).toBeNull();

    expect(await recentAuthenticationUntil(owner.id, ownerSession.id)).toBeNull();
    await reauthenticateWithPasskey(owner, ownerSession.id, authenticator.assert((await startPasskeySignIn()).challenge), null);
    expect(await recentAuthenticationUntil(owner.id, ownerSession.id)).not.toBeNull();
  });
});
