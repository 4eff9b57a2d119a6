import "server-only";
import { and, count, eq, inArray, like, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  accounts,
  auditLog,
  carts,
  emails,
  oneTimeTokens,
  orders,
  passkeys,
  recoveryCodes,
  sessions,
  totpCredentials,
  users,
  webauthnChallenges,
  pendingSignIns,
} from "@/db/schema";
import AccountDeleted from "@/emails/account-deleted";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/sessions";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { ForbiddenError, InvalidError } from "@/lib/errors";
import { cancelOpenTicketsOfClosingAccount } from "@/lib/orders/account-closure";

/** Security events about the account itself: personal data, deleted with it. */
const PERSONAL_AUDIT_ENTITIES = ["user", "session", "security"];

/**
 * Deletes a customer's account (after requireRecentAuthentication and the typed email). In one
 * transaction: upcoming tickets are cancelled under the refund policy; then either the user row goes
 * (no orders), or — orders being accounting records that must keep their owner — the row becomes an
 * anonymous tombstone: no name, no email, no password, disabled. Either way every session, sign-in
 * method, token, cart, security-log entry and stored email of the account is gone, and the address is
 * free to sign up again. A confirmation goes to the address last.
 */
export async function deleteAccount(user: SessionUser, typedEmail: string) {
  if (typedEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
    const message = "Type your email address exactly as shown to confirm.";
    throw new InvalidError(message, { confirmEmail: [message] });
  }
  if (user.role === "admin") {
    throw new ForbiddenError("An administrator account can't be deleted. Ask another administrator to remove your role first.");
  }
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const cancelled = await cancelOpenTicketsOfClosingAccount(tx, user.id);
    const [{ orderCount }] = await tx.select({ orderCount: count() }).from(orders).where(eq(orders.userId, user.id));
    await tx.delete(carts).where(eq(carts.userId, user.id));
    // The account's own security events, including failed sign-ins against it (which have no actor).
    await tx
      .delete(auditLog)
      .where(
        or(
          and(eq(auditLog.actorUserId, user.id), inArray(auditLog.entityType, PERSONAL_AUDIT_ENTITIES)),
          and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, user.id), like(auditLog.action, "auth.%")),
        ),
      );
    await tx.update(auditLog).set({ ipAddress: null }).where(eq(auditLog.actorUserId, user.id));
    await tx.delete(emails).where(eq(sql`lower(${emails.to})`, user.email.toLowerCase()));
    if (orderCount === 0) {
      await tx.delete(users).where(eq(users.id, user.id));
    } else {
      for (const table of [sessions, accounts, oneTimeTokens, totpCredentials, recoveryCodes, passkeys, webauthnChallenges, pendingSignIns]) {
        await tx.delete(table).where(eq(table.userId, user.id));
      }
      await tx
        .update(users)
        .set({
          email: `deleted-${user.id}@deleted.invalid`,
          name: "Deleted customer",
          passwordHash: null,
          image: null,
          emailVerified: null,
          disabledAt: now(),
          sessionVersion: sql`${users.sessionVersion} + 1`,
        })
        .where(eq(users.id, user.id));
    }
    const ticketsCancelled = cancelled.reduce((sum, result) => sum + result.ticketIds.length, 0);
    await recordAudit(tx, {
      actorUserId: orderCount === 0 ? null : user.id,
      action: "account.deleted",
      entityType: "account",
      entityId: user.id,
      details: { ordersKept: orderCount, ticketsCancelled },
    });
    return { ticketsCancelled };
  });
  await sendEmail({
    to: user.email,
    subject: "Your Marquee account was deleted",
    template: "account-deleted",
    react: AccountDeleted({ name: user.name, cancelledTickets: outcome.ticketsCancelled }),
  });
}
