import type { Role } from "./session-policy";

/**
 * Who may work the box office (counter sales, marking reservations paid, the door): staff and admins.
 * Edge-safe (no database), so middleware.ts's early redirect and the DAL's guards share this one rule.
 */
export function isBoxOfficeRole(role: Role | string | undefined): boolean {
  return role === "staff" || role === "admin";
}
