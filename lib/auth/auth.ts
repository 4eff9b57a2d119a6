import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { DomainError, InvalidError } from "@/lib/errors";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/security/client-ip";
import { log } from "@/lib/log/logger";
import { authConfig } from "./auth.config";
import { sendNewSignInEmail } from "./notifications";
import { oauthProviders } from "./oauth-providers";
import { resolveOAuthSignIn } from "./oauth-sign-in";
import { finishLinking, takeLinkIntent } from "./sign-in-methods";
import { authenticateWithPassword } from "./password-sign-in";
import { authorizePasskey } from "./passkeys/sign-in";
import { previousSessionId } from "./previous-session";
import { createSession, revokeSession, validateSession } from "./sessions";
import { safeRedirectPath } from "./safe-redirect";
import { SECOND_FACTOR_PATH, startPendingSignIn } from "./mfa/pending-sign-in";
import { completeSecondFactor } from "./mfa/second-factor";
import { secondFactorFromCredentials } from "./mfa/schemas";
import { mfaEnabledFor } from "./mfa/status";

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

/**
 * The first step was right and the account uses two-step verification: a pending sign-in was started
 * (lib/auth/mfa/pending-sign-in.ts) and no session exists. The form continues to /sign-in/second-factor.
 */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor_required";
}

/** The second step was refused; `reason` is the domain's answer (wrong code, expired, throttled). */
export class SecondFactorRefused extends CredentialsSignin {
  code = "second_factor_refused";
  constructor(readonly reason: DomainError) {
    super();
  }
}

/**
 * Where an OAuth sign-in was heading: Auth.js keeps it in its callback-url cookie (an absolute URL of
 * this site, or a path); anything else falls back to the home page.
 */
async function oauthDestination() {
  const jar = await cookies();
  const raw = jar.get("__Secure-authjs.callback-url")?.value ?? jar.get("authjs.callback-url")?.value;
  if (!raw) return "/";
  try {
    const url = new URL(raw, env.APP_URL);
    if (url.origin !== new URL(env.APP_URL).origin) return "/";
    return safeRedirectPath(`${url.pathname}${url.search}`);
  } catch {
    return "/";
  }
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
      // Auth.js wraps what a callback threw (CallbackRouteError, its cause's `err`): the cause is the part worth reading.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      log.error(
        { err: cause instanceof Error ? cause : error, authError: (error as { type?: string }).type ?? error.name },
        "auth: Auth.js reported an error",
      );
    },
  },
  providers: [
    Credentials({
      // callbackUrl: where to go after a second step, if the account needs one (signIn's redirectTo).
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, callbackUrl: {} },
      // Auth.js hands authorize() the incoming request's headers whichever door it came through.
      async authorize(credentials, request) {
        const result = await authenticateWithPassword(credentials, clientIp(request.headers));
        if (result.status === "throttled") throw new SignInThrottled(result.retryAfterSeconds);
        if (result.status === "unverified") throw new UnverifiedEmail();
        if (result.status !== "ok") throw new InvalidCredentials();
        if (await mfaEnabledFor(result.user.id)) {
          // No session yet: only a pending sign-in, finished by the "second-factor" provider below.
          await startPendingSignIn(result.user.id, "credentials", safeRedirectPath(credentials.callbackUrl));
          throw new SecondFactorRequired();
        }
        return { ...result.user, signInMethod: "credentials" };
      },
    }),
    // The second step: this browser's pending sign-in plus one factor (lib/auth/mfa/second-factor.ts).
    Credentials({
      id: "second-factor",
      name: "Two-step verification",
      credentials: { method: { label: "Method" }, code: { label: "Code" }, response: {} },
      async authorize(credentials) {
        const parsed = secondFactorFromCredentials(credentials);
        if (!parsed.success) throw new SecondFactorRefused(new InvalidError("Enter the code.", { code: ["Enter the code."] }));
        try {
          const done = await completeSecondFactor(parsed.data);
          return { ...done.user, signInMethod: done.method };
        } catch (error) {
          if (error instanceof DomainError) throw new SecondFactorRefused(error);
          throw error;
        }
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
      if (await mfaEnabledFor(outcome.userId)) {
        // A URL refuses the session: the browser goes to the second step with a pending sign-in only.
        await startPendingSignIn(outcome.userId, account.provider, await oauthDestination());
        return SECOND_FACTOR_PATH;
      }
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
          details: { method: user.signInMethod ?? account?.provider ?? "credentials", ...(replaced ? { replacedSessionId: replaced } : {}) },
        });
        token.uid = user.id;
        token.sid = session.id;
        token.sv = session.sessionVersion;
        if (session.unknownDevice && user.email) {
          await sendNewSignInEmail({ email: user.email, name: user.name ?? "" }, meta).catch((error: unknown) =>
            log.error({ err: error }, "could not queue the new sign-in email"),
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
