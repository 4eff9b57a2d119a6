import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { recoveryCodes } from "@/db/schema";
import { testDb } from "@/test/database";
import { jar } from "@/test/fixtures/cookie-jar";
import { createUserFixture } from "@/test/fixtures/showtime";
import { softwareAuthenticator } from "@/test/fixtures/software-authenticator";
import type { SessionUser } from "@/lib/auth/sessions";

// This "browser"'s cookie jar: the pending sign-in travels in it.
vi.mock("next/headers", async () => (await import("@/test/fixtures/cookie-jar")).nextHeaders);

const { completeSecondFactor, WrongCodeError } = await import("./second-factor");
const { startPendingSignIn } = await import("./pending-sign-in");
const { getMfaStatus } = await import("./status");
const { finishPasskeyRegistration, startPasskeyRegistration } = await import("@/lib/auth/passkeys/registration");
const { removePasskey } = await import("@/lib/auth/passkeys/manage");
const { startPasskeySecondFactor, startPasskeySignIn } = await import("@/lib/auth/passkeys/sign-in");
const { relyingParty } = await import("@/lib/auth/passkeys/relying-party");

beforeAll(async () => {
  await testDb();
});
beforeEach(() => jar.clear());

async function customerWithPasskey() {
  const fixture = await createUserFixture(await testDb());
  const user: SessionUser = { id: fixture.id, email: fixture.email, name: fixture.name, role: "customer" };
  const authenticator = softwareAuthenticator(relyingParty());
  const options = await startPasskeyRegistration(user);
  const { recoveryCodes: codes } = await finishPasskeyRegistration(user, authenticator.register(options.challenge), "Laptop");
  return { user, authenticator, codes };
}

describe("a passkey as the second step (issue 17 points 3 and 4)", () => {
  it("turns two-step verification on with the first passkey, whose recovery codes are given once", async () => {
    const { user, codes } = await customerWithPasskey();
    expect(codes).toHaveLength(10);
    expect(await getMfaStatus(await testDb(), user.id)).toMatchObject({ enabled: true, passkeys: 1, totpSince: null, recoveryCodesLeft: 10 });
    const second = softwareAuthenticator(relyingParty());
    const more = await finishPasskeyRegistration(user, second.register((await startPasskeyRegistration(user)).challenge), "Phone");
    expect(more.recoveryCodes).toBeNull();
    expect((await getMfaStatus(await testDb(), user.id)).passkeys).toBe(2);
  });

  it("finishes a pending password sign-in with the user's own passkey, on a challenge issued for that step", async () => {
    const { user, authenticator } = await customerWithPasskey();
    await startPendingSignIn(user.id, "credentials", "/account");
    const options = await startPasskeySecondFactor(user.id);
    expect(options.allowCredentials?.map((credential) => credential.id)).toEqual([authenticator.id]);
    const done = await completeSecondFactor({ method: "passkey", response: authenticator.assert(options.challenge) });
    expect(done).toMatchObject({ user: { id: user.id }, factor: "passkey", method: "credentials+passkey", redirectTo: "/account" });
  });

  it("refuses another account's passkey, and a challenge issued for a passkey-only sign-in", async () => {
    const { user } = await customerWithPasskey();
    const { authenticator: stranger } = await customerWithPasskey();
    await startPendingSignIn(user.id, "credentials", "/");
    const forUser = await startPasskeySecondFactor(user.id);
    await expect(completeSecondFactor({ method: "passkey", response: stranger.assert(forUser.challenge) })).rejects.toBeInstanceOf(WrongCodeError);

    const anyone = await startPasskeySignIn();
    const { user: owner, authenticator } = await customerWithPasskey();
    jar.clear();
    await startPendingSignIn(owner.id, "credentials", "/");
    await expect(completeSecondFactor({ method: "passkey", response: authenticator.assert(anyone.challenge) })).rejects.toBeInstanceOf(
      WrongCodeError,
    );
  });

  it("turns two-step verification off when the last passkey goes, with its recovery codes", async () => {
    const { user, authenticator } = await customerWithPasskey();
    expect(await removePasskey(user, authenticator.id)).toEqual({ turnedOff: true });
    const db = await testDb();
    expect(await getMfaStatus(db, user.id)).toMatchObject({ enabled: false, passkeys: 0 });
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
  });
});
