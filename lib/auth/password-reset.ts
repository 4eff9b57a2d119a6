import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { after } from "next/server";
import { getDb } from "@/db";
import { oneTimeTokens, users } from "@/db/schema";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { InvalidError } from "@/lib/errors";
import { sendEmail } from "@/lib/email/send";
import PasswordReset from "@/emails/password-reset";
import { hashPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import { sendPasswordChangedEmail } from "./notifications";
import { consumeToken, hashToken, issueToken } from "./tokens";

/**
 * Emails a reset link when the address has an enabled account, and does nothing otherwise. The caller
 * answers the same either way, and the work for a known address runs after the response so the
 * answer takes as long for both.
 */
export async function requestPasswordReset(email: string) {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user || user.disabledAt) return;
  after(async () => {
    const token = await issueToken(user.id, "reset_password", user.email);
    await sendEmail({
      to: user.email,
      subject: "Reset your Marquee password",
      template: "password-reset",
      react: PasswordReset({ name: user.name, url: `${env.APP_URL}/reset-password?token=${token}` }),
    });
  });
}

const badLink = () => new InvalidError("This reset link has expired or was already used. Ask for a new one.");

/**
 * Sets a new password from a reset link. The policy is checked before the token is spent, so a
 * refused password doesn't burn the link. Bumps the session version: every session dies.
 */
export async function resetPassword(token: string, password: string) {
  const db = await getDb();
  const [owner] = await db
    .select({ name: users.name, email: users.email })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, "reset_password"),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now()),
      ),
    );
  if (!owner) throw badLink();
  const problem = passwordProblem(password, owner);
  if (problem) throw new InvalidError(problem, { password: [problem] });
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const spent = await consumeToken(tx, token, "reset_password");
    if (!spent) return null;
    const [updated] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // The link reached the inbox, which proves the address as well as a verification link does.
        emailVerified: sql`coalesce(${users.emailVerified}, ${now().toISOString()}::timestamptz)`,
      })
      .where(and(eq(users.id, spent.userId), eq(sql`lower(${users.email})`, spent.email.toLowerCase())))
      .returning({ id: users.id, email: users.email, name: users.name });
    if (updated) await recordAudit(tx, { actorUserId: updated.id, action: "auth.password_reset", entityType: "user", entityId: updated.id });
    return updated ?? null;
  });
  if (!user) throw badLink();
  await sendPasswordChangedEmail(user);
}
