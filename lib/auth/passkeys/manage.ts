import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { passkeys } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/sessions";
import { settleAfterFactorRemoved } from "@/lib/auth/mfa/enrolment";
import { sendTwoStepChangedEmail } from "@/lib/auth/mfa/notifications";
import { sendPasskeyChangedEmail } from "./notifications";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; backedUp: boolean };

/** The user's passkeys, oldest first, for /account/security. */
export async function listPasskeys(userId: string): Promise<PasskeySummary[]> {
  const db = await getDb();
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt, backedUp: passkeys.backedUp })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

const notFound = () => new NotFoundError("That passkey isn't on your account any more.");

export async function renamePasskey(user: SessionUser, id: string, name: string) {
  const db = await getDb();
  const [renamed] = await db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, user.id)))
    .returning({ id: passkeys.id });
  if (!renamed) throw notFound();
}

/**
 * Removes one of the user's own passkeys (the caller has checked a recent re-authentication). When it
 * was the last second factor, two-step verification is off (and the email says so).
 */
export async function removePasskey(user: SessionUser, id: string): Promise<{ turnedOff: boolean }> {
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, id), eq(passkeys.userId, user.id)))
      .returning({ id: passkeys.id, name: passkeys.name });
    if (!row) throw notFound();
    await recordAudit(tx, { actorUserId: user.id, action: "passkey.removed", entityType: "passkey", entityId: row.id, details: { name: row.name } });
    return { ...row, turnedOff: await settleAfterFactorRemoved(tx, user.id) };
  });
  await sendPasskeyChangedEmail(user, removed.name, "removed");
  if (removed.turnedOff) await sendTwoStepChangedEmail(user, "turned-off");
  return { turnedOff: removed.turnedOff };
}
