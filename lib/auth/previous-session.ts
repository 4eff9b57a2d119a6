import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

// Auth.js names the cookie with the __Secure- prefix over HTTPS, without it over plain HTTP.
const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * The session id in the session cookie this browser already holds, read while a new sign-in is being
 * minted (Auth.js hands the sign-in's jwt callback a fresh token, not the old one). Null when there is
 * none or it doesn't decode.
 */
export async function previousSessionId(): Promise<string | null> {
  const store = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = store.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name });
      if (typeof token?.sid === "string") return token.sid;
    } catch {
      // A tampered or foreign cookie names no session of ours: nothing to end.
    }
  }
  return null;
}
