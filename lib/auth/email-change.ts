import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { oneTimeTokens, users } from "@/db/schema";
import EmailChangeConfirm from "@/emails/email-change-confirm";
import EmailChangeNotice from "@/emails/email-change-notice";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { ConflictError, InvalidError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/postgres/errors";
import type { SessionUser } from "./sessions";
import { consumeToken, issueToken } from "./tokens";

/**
 * Changing the sign-in address. The new address must confirm (a single-use link bound to the user
 * and that address); the old one is told at once and again when it happens, each time with a link
 * that undoes the change for 7 days. Undoing also signs every device out: whoever changed it may
 * be holding the account.
 */

const takenMessage = "That address already belongs to another Marquee account.";

async function addressTaken(tx: Tx | Db, email: string, exceptUserId: string) {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), ne(users.id, exceptUserId)));
  return Boolean(other);
}

async function sendUndoNotice(user: { id: string; name: string }, oldEmail: string, newEmail: string, stage: "requested" | "changed") {
  const undoToken = await issueToken(user.id, "revert_email_change", oldEmail);
  await sendEmail({
    to: oldEmail,
    subject: stage === "changed" ? "Your Marquee email address was changed" : "A change of your Marquee email address was requested",
    template: "email-change-notice",
    react: EmailChangeNotice({ name: user.name, newEmail, stage, undoUrl: `${env.APP_URL}/undo-email-change?token=${undoToken}` }),
  });
}

/** Called after requireRecentAuthentication: sends the confirmation link and tells the old address. */
export async function requestEmailChange(user: SessionUser, newEmail: string) {
  if (newEmail.toLowerCase() === user.email.toLowerCase()) {
    throw new InvalidError("That is already your email address.", { email: ["That is already your email address."] });
  }
  const db = await getDb();
  if (await addressTaken(db, newEmail, user.id)) throw new ConflictError(takenMessage, { email: [takenMessage] });
  const token = await issueToken(user.id, "change_email", newEmail);
  await sendEmail({
    to: newEmail,
    subject: "Confirm your new email address",
    template: "email-change-confirm",
    react: EmailChangeConfirm({ name: user.name, url: `${env.APP_URL}/confirm-email-change?token=${token}` }),
  });
  await sendUndoNotice(user, user.email, newEmail, "requested");
  await recordAudit(db, {
    actorUserId: user.id,
    action: "user.email_change_requested",
    entityType: "user",
    entityId: user.id,
    details: { to: newEmail },
  });
}

/** The address waiting for confirmation, if a live link is out. */
export async function getPendingEmailChange(userId: string) {
  const db = await getDb();
  const [pending] = await db
    .select({ email: oneTimeTokens.email, expiresAt: oneTimeTokens.expiresAt })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.userId, userId),
        eq(oneTimeTokens.purpose, "change_email"),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now()),
      ),
    );
  return pending ?? null;
}

/** The link from the new address: makes the change. Null when the link is used, expired or superseded. */
export async function confirmEmailChange(token: string): Promise<{ email: string } | null> {
  const db = await getDb();
  let changed: { id: string; name: string; oldEmail: string; newEmail: string } | null;
  try {
    changed = await db.transaction(async (tx) => {
      const spent = await consumeToken(tx, token, "change_email");
      if (!spent) return null;
      const [user] = await tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.id, spent.userId), isNull(users.disabledAt)));
      if (!user) return null;
      if (await addressTaken(tx, spent.email, user.id)) throw new ConflictError(takenMessage);
      await tx.update(users).set({ email: spent.email, emailVerified: now() }).where(eq(users.id, user.id));
      await recordAudit(tx, {
        actorUserId: user.id,
        action: "user.email_changed",
        entityType: "user",
        entityId: user.id,
        details: { from: user.email, to: spent.email },
      });
      return { id: user.id, name: user.name, oldEmail: user.email, newEmail: spent.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_key")) throw new ConflictError(takenMessage);
    throw error;
  }
  if (!changed) return null;
  await sendUndoNotice(changed, changed.oldEmail, changed.newEmail, "changed");
  return { email: changed.newEmail };
}

/**
 * The link from the old address: cancels a pending change or puts the old address back, and ends
 * every session. Null when the link is used, expired or superseded.
 */
export async function undoEmailChange(token: string): Promise<{ email: string } | null> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const spent = await consumeToken(tx, token, "revert_email_change");
      if (!spent) return null;
      await tx
        .update(oneTimeTokens)
        .set({ usedAt: now() })
        .where(
          and(
            eq(oneTimeTokens.userId, spent.userId),
            eq(oneTimeTokens.purpose, "change_email"),
            isNull(oneTimeTokens.usedAt),
          ),
        );
      if (await addressTaken(tx, spent.email, spent.userId)) throw new ConflictError(takenMessage);
      const [user] = await tx
        .update(users)
        .set({ email: spent.email, emailVerified: now(), sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, spent.userId))
        .returning({ id: users.id });
      if (!user) return null;
      await recordAudit(tx, {
        actorUserId: user.id,
        action: "user.email_change_undone",
        entityType: "user",
        entityId: user.id,
        details: { email: spent.email },
      });
      return { email: spent.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_key")) throw new ConflictError(takenMessage);
    throw error;
  }
}
