import "server-only";
import { hkdfSync } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";

/**
 * The API's access tokens: short-lived HS256 JWTs naming the session row they belong to. The bearer
 * check (bearer.ts) also reads that row on every request, so revocation acts at once; the 15 minutes
 * only bound how long a stolen token is worth anything should the row check ever be skipped.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const ALGORITHM = "HS256";
const TOKEN_TYPE = "at+jwt";
const AUDIENCE = "marquee-api";

// A key of its own, derived from AUTH_SECRET: a web session cookie's key never verifies an API token.
const key = new Uint8Array(hkdfSync("sha256", env.AUTH_SECRET, "marquee", "api access token v1", 32));

export async function signAccessToken(claims: { userId: string; sessionId: string }) {
  const issuedAt = Math.floor(now().getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
    .setSubject(claims.userId)
    .setIssuer(env.APP_URL)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key);
}

/** The session a token names, or null for anything not signed by us, expired, or of another kind (`alg: none` included). */
export async function verifyAccessToken(token: string): Promise<{ userId: string; sessionId: string } | null> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      typ: TOKEN_TYPE,
      issuer: env.APP_URL,
      audience: AUDIENCE,
      currentDate: now(),
      requiredClaims: ["sub", "sid", "exp"],
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}
