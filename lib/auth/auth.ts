import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { clientIp } from "@/lib/security/client-ip";
import { authConfig } from "./auth.config";
import { sendNewSignInEmail } from "./notifications";
import { oauthProviders } from "./oauth-providers";
import { resolveOAuthSignIn } from "./oauth-sign-in";
import { finishLinking, takeLinkIntent } from "./sign-in-methods";
import { authenticateWithPassword } from "./password-sign-in";
import { authorizePasskey } from "./passkeys/sign-in";
import { previousSessionId } from "./previous-session";
import { createSession, revokeSession, validateSession } from "./sessions";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many attempts: nothing was checked. Auth.js's endpoint answers `?error=CredentialsSignin&code=rate_limited`. */
export class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** Right password, address not confirmed yet: the sign-in form offers to resend the link. */
export class UnverifiedEmail extends CredentialsSignin {
  code = "unverified";
}

/** The passkey's answer did not check out (unknown key, another site, a spent challenge, a lower counter). */
class PasskeyRefused extends CredentialsSignin {
  code = "passkey_refused";
}

/** Lazy config: nothing here touches the database until a request needs it, so `next build` doesn't. */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome, not an error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      // Auth.js wraps what a callback threw (CallbackRouteError): the cause is the part worth reading.
      console.error(error, error.cause ?? "");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      // Auth.js hands authorize() the incoming request's headers whichever door it came through.
      async authorize(credentials, request) {
        const result = await authenticateWithPassword(credentials, clientIp(request.headers));
        if (result.status === "throttled") throw new SignInThrottled(result.retryAfterSeconds);
        if (result.status === "unverified") throw new UnverifiedEmail();
        if (result.status !== "ok") throw new InvalidCredentials();
        return result.user;
      },
    }),
    Credentials({
      id: "passkey",
      name: "Passkey",
      credentials: { response: {} },
      async authorize(credentials, request) {
        const result = await authorizePasskey(credentials.response, clientIp(request.headers));
        if (result.status === "throttled") throw new SignInThrottled(result.retryAfterSeconds);
        if (result.status !== "ok") throw new PasskeyRefused();
        return result.user;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      // A "Connect" from /account/security: link this identity to the signed-in user, start no new session.
      const linkingSessionId = await takeLinkIntent(account.provider);
      if (linkingSessionId) {
        const current = await auth();
        return finishLinking(current?.user ?? null, current?.sessionId ?? null, linkingSessionId, {
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        });
      }
      const outcome = await resolveOAuthSignIn({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        email: profile?.email ?? user.email ?? null,
        // Only an explicit claim counts: GitHub's is set from /user/emails (github-email.ts), and a
        // provider that says nothing (Facebook) has not verified anything for us.
        emailVerified: profile?.email_verified === true,
        name: profile?.name ?? user.name ?? null,
      });
      if (!outcome.ok) return `/sign-in?error=${outcome.reason}`;
      user.id = outcome.userId;
      return true;
    },
    async jwt({ token, user, account }) {
      if (user?.id) {
        // A sign-in replaces whatever session this browser had: end that row, don't leave it alive.
        const replaced = await previousSessionId();
        if (replaced) await revokeSession(replaced, "replaced-by-sign-in");
        const requestHeaders = await headers();
        const meta = { userAgent: requestHeaders.get("user-agent") ?? "", ipAddress: clientIp(requestHeaders) };
        const session = await createSession(user.id, meta);
        await recordAudit(await getDb(), {
          actorUserId: user.id,
          action: "auth.signed_in",
          entityType: "session",
          entityId: session.id,
          details: { method: account?.provider ?? "credentials", ...(replaced ? { replacedSessionId: replaced } : {}) },
        });
        token.uid = user.id;
        token.sid = session.id;
        token.sv = session.sessionVersion;
        if (session.unknownDevice && user.email) {
          await sendNewSignInEmail({ email: user.email, name: user.name ?? "" }, meta).catch((error: unknown) =>
            console.error("could not queue the new sign-in email", error),
          );
        }
      }
      if (!token.sid) return null;
      const current = await validateSession(token.sid);
      if (!current) return null;
      // A password change re-mints the session that made it under the new version (password-change.ts).
      token.sv = current.sessionVersion;
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
