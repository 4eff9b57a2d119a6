import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/dal";
import { getCachedSeatAvailability } from "@/lib/booking/availability-cache";
import { answeringOutages } from "@/lib/api/outage";

/**
 * GET /api/showtimes/{id}/availability — the seat map refetches this on connecting to the seat events
 * (../events) and on changes to its own seats, and polls it only while the event stream is down.
 * `{ taken: { [seatId]: "held" | "sold" | "yours" }, heldBackReleased, bookable, signedIn }`: the cached
 * seat map is the same for everyone, so this answer is where it learns who is looking. Never cached by
 * browsers or proxies; read from this process's availability cache, which every seat change empties.
 */
export const GET = answeringOutages(async function GET(_request: Request, { params }: RouteContext<"/api/showtimes/[id]/availability">) {
  const { id } = await params;
  const headers = { "Cache-Control": "no-store" };
  if (!z.uuid().safeParse(id).success) {
    return Response.json({ title: "Showtime not found", status: 404 }, { status: 404, headers: { ...headers, "Content-Type": "application/problem+json" } });
  }
  const user = await getCurrentUser();
  const availability = await getCachedSeatAvailability(id, user?.id ?? null);
  if (!availability) return Response.json({ title: "Showtime not found", status: 404 }, { status: 404, headers: { ...headers, "Content-Type": "application/problem+json" } });
  return Response.json({ ...availability, signedIn: user !== null }, { headers });
});
