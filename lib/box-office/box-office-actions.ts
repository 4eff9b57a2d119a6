import "server-only";
import { getDb } from "@/db";
import { now } from "@/lib/clock";
import { checkInTicket } from "@/lib/orders/check-in";
import { getOrderForDesk, listBoxOfficeCinemas, listTodaysShowtimes } from "./queries";
import { markPaidAtDesk, releaseCounterHolds, sellAtCounter } from "./sale";
import type { CounterSaleInput } from "./schemas";

/**
 * The entry points the box office's pages and actions call (they never open the database themselves:
 * docs/decisions/009). Callers have passed the staff guard.
 */

/** The start page: every cinema, the chosen one (by slug, else the first), and its showtimes today. */
export async function loadBoxOfficeToday(cinemaSlug: string | undefined) {
  const db = await getDb();
  const cinemas = await listBoxOfficeCinemas(db);
  const cinema = cinemas.find((c) => c.slug === cinemaSlug) ?? cinemas[0] ?? null;
  const at = now();
  const showtimes = cinema ? await listTodaysShowtimes(db, cinema.id, at) : [];
  return { cinemas, cinema, showtimes, at };
}

export async function findOrderForDesk(number: string) {
  return getOrderForDesk(await getDb(), number);
}

export async function sellAtTheCounter(staffId: string, input: CounterSaleInput) {
  return sellAtCounter(await getDb(), staffId, input);
}

export async function releaseTheCounterHolds(staffId: string) {
  return releaseCounterHolds(await getDb(), staffId);
}

export async function markPaidAtTheDesk(staffId: string, orderNumber: string) {
  return markPaidAtDesk(await getDb(), staffId, orderNumber);
}

export async function checkInAtTheDoor(staffId: string, signedCode: string) {
  return checkInTicket(await getDb(), { staffId, signedCode });
}
