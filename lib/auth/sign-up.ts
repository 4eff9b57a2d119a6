import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { after } from "next/server";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import SignUpAttempt from "@/emails/sign-up-attempt";
import VerifyEmail from "@/emails/verify-email";
import { log } from "@/lib/log/logger";
import { hashPassword } from "./password-hash";
import { safeRedirectPath } from "./safe-redirect";
import type { SignUpInput } from "./schemas";
import { issueToken } from "./tokens";

/**
 * Creates an unverified customer and emails a verification link. An address that already has an
 * account gets a "you already have an account" email instead, and the caller sees the same outcome
 * either way: signup never tells whether an address is registered.
 */
/**
 * Where to continue after confirming the address: a same-origin path only, kept with the token on
 * the server so the link works in another tab or browser. Null means "the account page".
 */
function signUpDestination(callbackUrl: string | undefined) {
  const path = safeRedirectPath(callbackUrl, "");
  return path && path !== "/" ? path : null;
}

export async function signUp(input: SignUpInput) {
  const destination = signUpDestination(input.callbackUrl);
  // Hash first on both paths so the answer takes as long for a known address as for a new one.
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  const [created] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash, role: "customer" })
    .onConflictDoNothing()
    .returning({ id: users.id, name: users.name, email: users.email });
  if (!created) {
    const [existing] = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    await sendEmail({
      to: existing?.email ?? input.email,
      subject: "You already have a Marquee account",
      template: "sign-up-attempt",
      react: SignUpAttempt({
        signInUrl: `${env.APP_URL}/sign-in${destination ? `?callbackUrl=${encodeURIComponent(destination)}` : ""}`,
        resetUrl: `${env.APP_URL}/forgot-password`,
      }),
    });
    return;
  }
  await sendVerificationEmail(created, destination);
}

export async function sendVerificationEmail(user: { id: string; name: string; email: string }, destination: string | null = null) {
  const token = await issueToken(user.id, "verify_email", user.email, destination);
  await sendEmail({
    to: user.email,
    subject: "Confirm your email address",
    template: "verify-email",
    react: VerifyEmail({ name: user.name, url: `${env.APP_URL}/verify-email?token=${token}` }),
  });
}

/**
 * Sends a new verification link if `email` has an enabled, still unverified account — after the
 * response has gone out (`after()`), so the answer takes as long for any address and does not tell
 * which ones have an account waiting to be confirmed.
 */
export function requestVerificationEmail(
  email: string,
  callbackUrl?: string,
  runAfterResponse: (task: () => Promise<void>) => void = after,
) {
  runAfterResponse(async () => {
    await resendVerificationEmail(email, callbackUrl).catch((error: unknown) =>
      log.error({ err: error }, "could not send a verification email"),
    );
  });
}

/** A new verification link for an address that has an enabled, still unverified account; else nothing. */
async function resendVerificationEmail(email: string, callbackUrl?: string) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), isNull(users.emailVerified), isNull(users.disabledAt)));
  if (user) await sendVerificationEmail(user, signUpDestination(callbackUrl));
}
