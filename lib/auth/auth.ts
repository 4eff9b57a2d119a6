import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { authConfig } from "./auth.config";
import { authenticateWithPassword } from "./password-sign-in";
import { createSession, revokeSession, validateSession } from "./sessions";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Lazy config: nothing here touches the database until a request needs it, so `next build` doesn't. */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome, not an error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const user = await authenticateWithPassword(credentials);
        if (!user) throw new InvalidCredentials();
        return user;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        const requestHeaders = await headers();
        const session = await createSession(user.id, {
          userAgent: requestHeaders.get("user-agent") ?? "",
          ipAddress: clientIp(requestHeaders),
        });
        token.uid = user.id;
        token.sid = session.id;
        token.sv = session.sessionVersion;
      }
      if (!token.sid || token.sv === undefined) return null;
      const current = await validateSession(token.sid, token.sv);
      if (!current) return null;
      token.role = current.role;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token?.sid) await revokeSession(message.token.sid, "sign-out");
    },
  },
}));

function clientIp(requestHeaders: Headers) {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || requestHeaders.get("x-real-ip") || null;
  return ip && /^[0-9a-fA-F:.]+$/.test(ip) ? ip : null;
}
