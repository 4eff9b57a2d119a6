import { beforeAll, describe, expect, it } from "vitest";
import { SignJWT, UnsecuredJWT } from "jose";
import { eq } from "drizzle-orm";
import { refreshTokens, sessions } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { revokeOwnSession } from "@/lib/auth/sessions";
import { signOutEverywhere } from "@/lib/auth/password-change";
import { verifyAccessToken } from "./access-tokens";
import { closeApiSession, openApiSession, rotateRefreshToken } from "./api-sessions";
import { bearerCaller } from "./bearer";

beforeAll(async () => {
  await testDb();
});

function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

const meta = { userAgent: "marquee-app/1.0", ipAddress: "203.0.113.9", method: "api-password" };
const withBearer = (token: string) => new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } });

async function openSession() {
  const db = await testDb();
  const user = await createUserFixture(db);
  const { pair } = await openApiSession(user, meta);
  return { db, user, pair };
}

describe("API sessions", () => {
  it("are rows of the sessions table, of kind api, and their access token names that row", async () => {
    const { db, user, pair } = await openSession();
    const caller = await bearerCaller(withBearer(pair.access_token));
    expect(caller?.user.id).toBe(user.id);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, present(caller).sessionId));
    expect(row).toMatchObject({ kind: "api", userId: user.id, userAgent: meta.userAgent });
    // Only the hash of the refresh token is stored.
    const stored = await db.select().from(refreshTokens).where(eq(refreshTokens.sessionId, present(row).id));
    expect(stored).toHaveLength(1);
    expect(present(stored[0]).tokenHash).not.toContain(pair.refresh_token);
  });

  it("refuses tokens that are unsigned, signed with another key, or not access tokens", async () => {
    const { pair } = await openSession();
    const claims = await verifyAccessToken(pair.access_token);
    expect(claims).not.toBeNull();
    const unsigned = new UnsecuredJWT({ sid: present(claims).sessionId }).setSubject(present(claims).userId).setExpirationTime("15m").encode();
    const otherKey = await new SignJWT({ sid: present(claims).sessionId })
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
      .setSubject(present(claims).userId)
      .setExpirationTime("15m")
      .sign(new TextEncoder().encode("another-secret-that-is-long-enough-0123456789"));
    for (const token of [unsigned, otherKey, pair.refresh_token, `${pair.access_token}x`]) {
      expect(await verifyAccessToken(token), token.slice(0, 20)).toBeNull();
      expect(await bearerCaller(withBearer(token))).toBeNull();
    }
  });

  it("rotates refresh tokens, and a reused one ends the session for the thief and the owner alike", async () => {
    const { pair } = await openSession();
    const second = await rotateRefreshToken(pair.refresh_token);
    expect(second).not.toBeNull();
    expect(present(second).refresh_token).not.toBe(pair.refresh_token);
    expect(await bearerCaller(withBearer(present(second).access_token))).not.toBeNull();

    // The first token, presented again: refused, and the session it belongs to is over.
    expect(await rotateRefreshToken(pair.refresh_token)).toBeNull();
    expect(await bearerCaller(withBearer(present(second).access_token))).toBeNull();
    expect(await rotateRefreshToken(present(second).refresh_token)).toBeNull();
  });

  it("lets exactly one of two simultaneous refreshes with the same token win", async () => {
    const { pair } = await openSession();
    const results = await Promise.all([rotateRefreshToken(pair.refresh_token), rotateRefreshToken(pair.refresh_token)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("stops both tokens at once on logout, on revocation from the security page and on sign-out everywhere", async () => {
    const first = await openSession();
    const caller = await bearerCaller(withBearer(first.pair.access_token));
    await closeApiSession(first.user.id, present(caller).sessionId);
    expect(await bearerCaller(withBearer(first.pair.access_token))).toBeNull();
    expect(await rotateRefreshToken(first.pair.refresh_token)).toBeNull();

    const second = await openSession();
    const secondCaller = await bearerCaller(withBearer(second.pair.access_token));
    expect(await revokeOwnSession(second.user.id, present(secondCaller).sessionId)).toBe(true);
    expect(await bearerCaller(withBearer(second.pair.access_token))).toBeNull();

    const third = await openSession();
    await signOutEverywhere(third.user.id);
    expect(await bearerCaller(withBearer(third.pair.access_token))).toBeNull();
    expect(await rotateRefreshToken(third.pair.refresh_token)).toBeNull();
  });

  it("expires access tokens after 15 minutes even while the session lives", async () => {
    const { pair } = await openSession();
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(16 * 60_000);
    try {
      expect(await bearerCaller(withBearer(pair.access_token))).toBeNull();
      const renewed = await rotateRefreshToken(pair.refresh_token);
      expect(renewed && (await bearerCaller(withBearer(renewed.access_token)))).not.toBeNull();
    } finally {
      delete process.env.MARQUEE_CLOCK_OFFSET_MS;
    }
  });
});
