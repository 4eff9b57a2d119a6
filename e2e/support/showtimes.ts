import { expect, type APIRequestContext } from "@playwright/test";

export type ListedShowtime = { id: string; startsAt: string; movie: string; noDiscounts: boolean; url: string };

/**
 * A random bookable showtime from the public list, starting at least two hours from now so it stays
 * bookable through the test; random so parallel tests rarely share one.
 */
export async function pickShowtime(request: APIRequestContext, { wheelchair = false } = {}): Promise<ListedShowtime> {
  const response = await request.get(`/api/showtimes?limit=100${wheelchair ? "&wheelchair=1" : ""}`);
  expect(response.ok()).toBe(true);
  const { showtimes } = (await response.json()) as { showtimes: ListedShowtime[] };
  const later = showtimes.filter((s) => Date.parse(s.startsAt) > Date.now() + 2 * 3600_000 && !s.noDiscounts);
  expect(later.length).toBeGreaterThan(0);
  return later[Math.floor(Math.random() * later.length)];
}

