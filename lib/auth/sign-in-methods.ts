import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { accounts, passkeys, users } from "@/db/schema";
import SignInMethodChanged from "@/emails/sign-in-method-changed";
import { recordAudit } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { oauthOptions } from "./oauth-providers";
import { recentAuthenticationUntil } from "./recent-auth";
import type { SessionUser } from "./sessions";

/**
 * The ways into an account: its password, linked OAuth identities and passkeys. Connecting a
 * provider to an existing account happens only on the user's explicit request from a recently
 * re-authenticated session (never by matching emails, see oauth-sign-in.ts); disconnecting one is
 * refused when it is the last way in.
 */

/** Set by the "Connect" button, read by the OAuth callback: this round trip links, it doesn't sign in. */
const LINK_INTENT_COOKIE = "marquee-link-intent";
const LINK_INTENT_MAX_AGE_S = 10 * 60;

export type SignInMethods = {
  password: boolean;
  passkeys: number;
  providers: { id: string; name: string; connected: boolean }[];
};

export async function listSignInMethods(userId: string): Promise<SignInMethods> {
  const db = await getDb();
  const [[user], linked, [keys]] = await Promise.all([
    db.select({ hasPassword: sql<boolean>`${users.passwordHash} is not null` }).from(users).where(eq(users.id, userId)),
    db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId)),
    db.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)),
  ]);
  const linkedIds = new Set(linked.map((row) => row.provider));
  return {
    password: user?.hasPassword ?? false,
    passkeys: keys?.n ?? 0,
    providers: oauthOptions().map((option) => ({ ...option, connected: linkedIds.has(option.id) })),
  };
}

function providerName(provider: string) {
  return oauthOptions().find((option) => option.id === provider)?.name ?? provider;
}

async function notify(user: { email: string; name: string }, provider: string, change: "connected" | "disconnected") {
  await sendEmail({
    to: user.email,
    subject: `${providerName(provider)} was ${change} ${change === "connected" ? "to" : "from"} your Marquee account`,
    template: "sign-in-method-changed",
    react: SignInMethodChanged({
      name: user.name,
      method: providerName(provider),
      change,
      securityUrl: `${env.APP_URL}/account/security`,
    }),
  });
}

/** Called after requireRecentAuthentication, just before sending the browser to the provider. */
export async function beginLinking(provider: string, sessionId: string) {
  if (!oauthOptions().some((option) => option.id === provider)) throw new NotFoundError("That sign-in service isn't available.");
  (await cookies()).set(LINK_INTENT_COOKIE, `${provider}.${sessionId}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: LINK_INTENT_MAX_AGE_S,
  });
}

/**
 * In the OAuth callback: the session that asked to link this provider, if this round trip is a
 * "Connect" (the cookie is spent either way).
 */
export async function takeLinkIntent(provider: string): Promise<string | null> {
  const jar = await cookies();
  const value = jar.get(LINK_INTENT_COOKIE)?.value;
  if (!value) return null;
  jar.delete(LINK_INTENT_COOKIE);
  const [intentProvider, sessionId] = value.split(".");
  return intentProvider === provider && sessionId ? sessionId : null;
}

export type LinkOutcome = "connected" | "already-connected" | "taken" | "stale";

/**
 * Links an OAuth identity to the user of `sessionId`, which must still be recently authenticated.
 * An identity already linked to someone else stays theirs.
 */
export async function linkIdentity(
  user: SessionUser,
  sessionId: string,
  identity: { provider: string; providerAccountId: string },
): Promise<LinkOutcome> {
  if (!(await recentAuthenticationUntil(user.id, sessionId))) return "stale";
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ userId: accounts.userId })
      .from(accounts)
      .where(and(eq(accounts.provider, identity.provider), eq(accounts.providerAccountId, identity.providerAccountId)));
    if (existing) return existing.userId === user.id ? ("already-connected" as const) : ("taken" as const);
    const [mine] = await tx
      .select({ n: count() })
      .from(accounts)
      .where(and(eq(accounts.userId, user.id), eq(accounts.provider, identity.provider)));
    if ((mine?.n ?? 0) > 0) return "taken" as const;
    await tx.insert(accounts).values({ userId: user.id, type: "oidc", ...identity });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "user.sign_in_method_connected",
      entityType: "user",
      entityId: user.id,
      details: { provider: identity.provider },
    });
    return "connected" as const;
  });
  if (outcome === "connected") await notify(user, identity.provider, "connected");
  return outcome;
}

/**
 * The end of a "Connect" round trip, in the OAuth callback: links the identity when the browser is
 * still signed in to the session that asked, and answers where to send it (never a new session).
 */
export async function finishLinking(
  current: SessionUser | null,
  currentSessionId: string | null,
  intentSessionId: string,
  identity: { provider: string; providerAccountId: string },
): Promise<string> {
  const outcome: LinkOutcome =
    current && currentSessionId === intentSessionId ? await linkIdentity(current, intentSessionId, identity) : "stale";
  return `/account/security?${new URLSearchParams({ connect: outcome, provider: identity.provider })}`;
}

/** Called after requireRecentAuthentication. Refused when the provider is the last way in. */
export async function disconnectProvider(user: SessionUser, provider: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Locks the user row so two parallel disconnects can't each see "one other way left".
    const [row] = await tx
      .select({ hasPassword: sql<boolean>`${users.passwordHash} is not null` })
      .from(users)
      .where(eq(users.id, user.id))
      .for("update");
    const linked = await tx.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, user.id));
    if (!linked.some((account) => account.provider === provider)) throw new NotFoundError("That service isn't connected.");
    const [keys] = await tx.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, user.id));
    const otherWays = (row?.hasPassword ? 1 : 0) + (keys?.n ?? 0) + linked.filter((account) => account.provider !== provider).length;
    if (otherWays === 0) {
      throw new ConflictError(
        `${providerName(provider)} is your only way to sign in. Set a password (with "forgot password") or connect another service first.`,
      );
    }
    await tx.delete(accounts).where(and(eq(accounts.userId, user.id), eq(accounts.provider, provider)));
    await recordAudit(tx, {
      actorUserId: user.id,
      action: "user.sign_in_method_disconnected",
      entityType: "user",
      entityId: user.id,
      details: { provider },
    });
  });
  await notify(user, provider, "disconnected");
}
