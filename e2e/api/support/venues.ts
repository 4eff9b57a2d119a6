import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { adminToken } from "./accounts";
import { api, bodyOf } from "./http";
import { expectConforms } from "./openapi";

export type Screen = { id: string; name: string; seatCount: number; seatsByKind: Record<string, number> };
export type Cinema = { id: string; name: string; slug: string; timeZone: string; latitude: number | null; screens: Screen[] };

/** A small screen: wheelchair space, companion, 4 standard; 6 standard; 6 premium. */
export const LAYOUT = "wc.ssss\nssssss\npppppp";

/** A cinema of the test's own with one screen, made by the admin through the API. */
export async function newCinemaWithScreen(): Promise<{ cinema: Cinema; screen: Screen }> {
  const name = `API Venue ${randomUUID().slice(0, 8)}`;
  const created = await api<Cinema>("/api/v1/cinemas", {
    token: adminToken(),
    body: { name, address: "1 Test Street", city: "Testford", country: "gb", timeZone: "Europe/London", latitude: 51.5, longitude: -0.1 },
  });
  expect(created.status, created.text).toBe(201);
  await expectConforms("createCinema", created);
  const screen = await api<Screen>(`/api/v1/cinemas/${bodyOf(created).id}/screens`, { token: adminToken(), body: { name: "Screen A", layout: LAYOUT } });
  expect(screen.status, screen.text).toBe(201);
  await expectConforms("createScreen", screen);
  return { cinema: bodyOf(created), screen: bodyOf(screen) };
}

/** "YYYY-MM-DDTHH:MM" on a cinema's clock, `minutes` from now rounded up to 5 minutes. */
export function localTimeFromNow(minutes: number, timeZone: string): string {
  const at = new Date(Math.ceil((Date.now() + minutes * 60_000) / 300_000) * 300_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A showtime of a catalogue movie on a screen of the test's own, starting at `startsAtLocal`; returns its id. */
export async function newShowtime(screen: Screen, startsAtLocal: string): Promise<string> {
  const listed = await api<{ data: { movieId: string; format: { id: string } }[] }>("/api/v1/showtimes?pageSize=1");
  const sample = bodyOf(listed).data[0];
  if (!sample) throw new Error("no showtime to borrow a movie and format from");
  const created = await api<{ id: string }>("/api/v1/showtimes", {
    token: adminToken(),
    body: { movieId: sample.movieId, screenId: screen.id, formatId: sample.format.id, startsAtLocal, basePriceMinor: 900, currency: "GBP", spokenLanguage: "en" },
  });
  expect(created.status, created.text).toBe(201);
  return bodyOf(created).id;
}
