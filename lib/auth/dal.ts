import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { log } from "@/lib/log/logger";
import { auth } from "./auth";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import type { SessionUser } from "./sessions";
import { getDb } from "@/db";
import { recordAuditWithinBudget } from "@/lib/audit";
import { adminNeedsMfaEnrolment } from "./mfa/admin-policy";
import { isBoxOfficeRole } from "./roles";

/**
 * The data access layer's guards. Every server action, route handler and private read calls one of
 * these itself: middleware.ts is only an early redirect. The session and role were re-checked
 * against the database by the jwt callback on this very request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
});

/** The server-side session row of this request (null when signed out). */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.user?.id ? (session.sessionId ?? null) : null;
});

/** For pages: sends a signed-out visitor to sign in and back. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For server actions and route handlers: a signed-out caller gets an error the caller maps to 401. */
export async function requireSignedIn(): Promise<SessionUser> {
  return assertSignedIn(await getCurrentUser());
}

/** For server actions and route handlers: anyone but an admin gets an error the caller maps to 401/403. */
export async function requireAdmin(): Promise<SessionUser> {
  return assertAdmin(await getCurrentUser());
}

/**
 * The signed-in rule for a caller found any way (the web's cookie here, the API's bearer token in
 * lib/api/bearer.ts): one rule, whichever door the caller came through.
 */
export function assertSignedIn(user: SessionUser | null): SessionUser {
  if (!user) {
    log.warn("authz: an anonymous caller was refused an operation that needs a signed-in user");
    throw new UnauthorizedError();
  }
  return user;
}

/** The admin rule (role, then the two-step policy) for a caller found any way; refusals are logged and audited. */
export async function assertAdmin(user: SessionUser | null): Promise<SessionUser> {
  if (!user || user.role !== "admin") {
    log.warn({ userId: user?.id, role: user?.role }, `authz: ${user ? "a user" : "an anonymous caller"} was refused an admin operation`);
    await recordAuditWithinBudget(await getDb(), { actorUserId: user?.id ?? null, action: "authz.admin_denied", entityType: "security" });
    throw user ? new ForbiddenError("Only administrators can do that.") : new UnauthorizedError();
  }
  if (await adminNeedsMfaEnrolment(user)) {
    log.warn({ userId: user.id }, "authz: an admin was refused an admin operation until two-step verification is on");
    throw new ForbiddenError("Turn on two-step verification in your account's security settings first: your role requires it.");
  }
  return user;
}

/**
 * The box-office rule for a caller found any way: staff or admin, otherwise refused, logged and
 * audited like an admin refusal. Admins keep their two-step policy here too; staff have no such policy.
 */
export async function assertStaff(user: SessionUser | null): Promise<SessionUser> {
  if (!user || !isBoxOfficeRole(user.role)) {
    log.warn(
      { userId: user?.id, role: user?.role },
      `authz: ${user ? "a user" : "an anonymous caller"} was refused a box-office operation`,
    );
    await recordAuditWithinBudget(await getDb(), { actorUserId: user?.id ?? null, action: "authz.staff_denied", entityType: "security" });
    throw user ? new ForbiddenError("Only box-office staff can do that.") : new UnauthorizedError();
  }
  if (user.role === "admin" && (await adminNeedsMfaEnrolment(user))) {
    log.warn({ userId: user.id }, "authz: an admin was refused a box-office operation until two-step verification is on");
    throw new ForbiddenError("Turn on two-step verification in your account's security settings first: your role requires it.");
  }
  return user;
}

/** For server actions and route handlers of the box office: anyone but staff or an admin is refused. */
export async function requireStaff(): Promise<SessionUser> {
  return assertStaff(await getCurrentUser());
}

/** For box-office pages: a visitor signs in first, a customer sees the 403 page. */
export async function requireStaffPage(returnTo = "/box-office"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!isBoxOfficeRole(user.role)) redirect("/forbidden");
  if (user.role === "admin" && (await adminNeedsMfaEnrolment(user))) redirect("/account/security?mfa=required");
  return user;
}

/**
 * For admin pages: a visitor signs in first, a customer sees the 403 page, and an admin without
 * two-step verification (while the policy asks for it) is sent to set it up.
 */
export async function requireAdminPage(returnTo = "/admin"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "admin") redirect("/forbidden");
  if (await adminNeedsMfaEnrolment(user)) redirect("/account/security?mfa=required");
  return user;
}
