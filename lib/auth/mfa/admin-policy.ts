import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { securityPolicy } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/sessions";
import { getMfaStatus } from "./status";

/**
 * The site's rule "admins must use two-step verification" (on by default: the migration seeds the
 * one policy row with it on). A missing row counts as on: the safe side.
 */
export async function adminMfaRequired(db: Db | Tx): Promise<boolean> {
  const [row] = await db.select({ required: securityPolicy.requireAdminMfa }).from(securityPolicy).where(eq(securityPolicy.id, 1));
  return row?.required ?? true;
}

/** Whether this admin must enrol a second factor before using /admin (cached per request). */
export const adminNeedsMfaEnrolment = cache(async (user: Pick<SessionUser, "id" | "role">): Promise<boolean> => {
  if (user.role !== "admin") return false;
  const db = await getDb();
  if (!(await adminMfaRequired(db))) return false;
  return !(await getMfaStatus(db, user.id)).enabled;
});

/** For /admin/settings. */
export async function getSecurityPolicy() {
  return { requireAdminMfa: await adminMfaRequired(await getDb()) };
}

export async function setAdminMfaRequired(admin: SessionUser, required: boolean) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(securityPolicy)
      .values({ id: 1, requireAdminMfa: required })
      .onConflictDoUpdate({ target: securityPolicy.id, set: { requireAdminMfa: required } });
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: "security_policy.updated",
      entityType: "security_policy",
      entityId: "1",
      details: { requireAdminMfa: required },
    });
  });
}
