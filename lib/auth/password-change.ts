import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { InvalidError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import { sendPasswordChangedEmail } from "./notifications";
import type { ChangePasswordInput } from "./schemas";
import { beginPasswordAttempt } from "./throttle";

/**
 * Changes a signed-in user's password, which needs the current one (throttled like a sign-in, so the
 * form can't be used to guess it). Always signs out every other session — someone who stole one must
 * not outlive the change: the session version is bumped and only the session that asked is re-minted,
 * so every other device is dead on its next request.
 */
export async function changePassword(
  user: { id: string; email: string; name: string },
  currentSessionId: string | null,
  input: ChangePasswordInput,
  ip: string | null,
) {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  const attempt = await beginPasswordAttempt(user.email, ip);
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await attempt.failed(user);
    throw new InvalidError("Check your current password.", { currentPassword: ["That isn't your current password."] });
  }
  await attempt.succeeded();
  const problem = passwordProblem(input.newPassword, user);
  if (problem) throw new InvalidError(problem, { newPassword: [problem] });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id))
      .returning({ sessionVersion: users.sessionVersion });
    await recordAudit(tx, { actorUserId: user.id, action: "auth.password_changed", entityType: "user", entityId: user.id });
    if (updated && currentSessionId) {
      await tx
        .update(sessions)
        .set({ sessionVersion: updated.sessionVersion, authenticatedAt: now() })
        .where(and(eq(sessions.id, currentSessionId), eq(sessions.userId, user.id)));
    }
  });
  await sendPasswordChangedEmail(user);
}

/** "Sign out everywhere": every session of the user, this one included, dies on its next request. */
export async function signOutEverywhere(userId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await recordAudit(tx, { actorUserId: userId, action: "auth.signed_out_everywhere", entityType: "user", entityId: userId });
  });
}


/** OAuth-only accounts have no password to change (they can set one through "forgot password"). */
export async function hasPassword(userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ has: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .where(eq(users.id, userId));
  return row?.has ?? false;
}
