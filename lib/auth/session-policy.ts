import type { userRole } from "@/db/schema";

export type Role = (typeof userRole.enumValues)[number];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long a session lives, per role: idle is reset by activity, absolute never is. */
export const SESSION_LIMITS: Record<Role, { idleMs: number; absoluteMs: number }> = {
  customer: { idleMs: 7 * DAY, absoluteMs: 30 * DAY },
  // A shift at the counter: signed in all day, but not left open overnight.
  staff: { idleMs: 2 * 60 * MINUTE, absoluteMs: 12 * 60 * MINUTE },
  admin: { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE },
};

/** Activity within this window does not rewrite the session row: one write a minute at most. */
export const SESSION_TOUCH_INTERVAL_MS = MINUTE;

export function sessionExpiry(role: Role, createdAt: Date, now: Date) {
  const limits = SESSION_LIMITS[role];
  const absoluteExpiresAt = new Date(createdAt.getTime() + limits.absoluteMs);
  const idle = new Date(now.getTime() + limits.idleMs);
  return { idleExpiresAt: idle < absoluteExpiresAt ? idle : absoluteExpiresAt, absoluteExpiresAt };
}
