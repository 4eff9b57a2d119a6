import "server-only";
import type { Role } from "./session-policy";
import { countCartSeats } from "@/lib/booking/cart";
import { getCurrentUser } from "./dal";

/** What the header's account links need to know about the visitor; null when signed out. */
export type AccountSummary = { role: Role; cartSeats: number } | null;

/** The signed-in visitor's role and the seats in their cart, for the header; null when signed out. */
export async function loadAccountSummary(): Promise<AccountSummary> {
  const user = await getCurrentUser();
  if (!user) return null;
  return { role: user.role, cartSeats: await countCartSeats(user.id) };
}
