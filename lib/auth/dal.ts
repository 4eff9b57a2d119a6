import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import type { SessionUser } from "./sessions";

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

/** For pages: sends a signed-out visitor to sign in and back. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For server actions and route handlers: anyone but an admin gets an error the caller maps to 401/403. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  if (user.role !== "admin") {
    console.warn(`authz: user ${user.id} (${user.role}) was refused an admin operation`);
    throw new ForbiddenError("Only administrators can do that.");
  }
  return user;
}

/** For admin pages: a visitor signs in first, a customer sees the 403 page. */
export async function requireAdminPage(returnTo = "/admin"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "admin") redirect("/forbidden");
  return user;
}
