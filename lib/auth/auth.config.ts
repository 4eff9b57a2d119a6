import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import type { Role } from "./session-policy";

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    sv?: number;
    role?: Role;
  }
}

declare module "next-auth" {
  interface User {
    /** How this sign-in proved who it is, for the audit log: "credentials", "credentials+totp", "github+recovery"… */
    signInMethod?: string;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    /** The server-side session row, so the security page can mark "this device". */
    sessionId?: string;
  }
}

/**
 * A site whose public address is https always gets Secure, __Secure-/__Host- prefixed cookies, even when
 * a TLS-terminating proxy forgets X-Forwarded-Proto. Otherwise (local http) Auth.js decides per request:
 * Secure whenever the request arrived over HTTPS.
 */
export function secureCookies(appUrl: string): true | undefined {
  return new URL(appUrl).protocol === "https:" ? true : undefined;
}

/**
 * The edge-safe half of the auth config: everything middleware.ts needs to read the JWT.
 * Providers, the password hasher and the database live in auth.ts (Node runtime only).
 */
export const authConfig = {
  secret: env.AUTH_SECRET,
  // OAuth errors (a tampered state, a refused link) come back to the sign-in page with an explanation.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // The JWT may outlive a short session; the sessions table holds the real per-role limits.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  useSecureCookies: secureCookies(env.APP_URL),
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = {
          ...session.user,
          id: token.uid,
          role: token.role,
          name: session.user.name ?? "",
        };
        session.sessionId = token.sid;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
