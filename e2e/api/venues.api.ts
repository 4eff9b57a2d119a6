import { beforeAll, describe, expect, it } from "vitest";
import { adminToken, newCustomer, type ApiCustomer } from "./support/accounts";
import { api, bodyOf } from "./support/http";
import { expectConforms } from "./support/openapi";
import { LAYOUT, newCinemaWithScreen, type Cinema, type Screen } from "./support/venues";

/**
 * Venues and scheduling over the API: the public reads (cinemas with screens, showtimes with filters,
 * a showtime's seats and prices) and the admin writes, each on a cinema of the test's own so tests
 * running in parallel on the same database never meet.
 */

type Showtime = {
  id: string;
  startsAt: string;
  startsAtLocal: string;
  movieId: string;
  cinemaId: string;
  screenId: string;
  basePriceMinor: number;
  bookable: boolean;
  format: { id: string };
  audioDescription: boolean;
};
type Seat = { id: string; row: string; number: number; kind: string; status: string; prices: { ticketTypeId: string; priceMinor: number; currency: string }[] };
type Page<T> = { data: T[]; page: number; pageSize: number; total: number };
type Problem = { status: number; errors?: Record<string, string[]> };

const unknownId = "00000000-0000-4000-8000-000000000000";

/** A date (YYYY-MM-DD) `days` ahead of now, for showtimes well in the future. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function someShowtime(): Promise<Showtime> {
  const listed = await api<Page<Showtime>>("/api/v1/showtimes?pageSize=5");
  expect(listed.status).toBe(200);
  expect(bodyOf(listed).data.length).toBeGreaterThan(0);
  return bodyOf(listed).data[0];
}


describe("public venue and showtime reads", () => {
  it("lists cinemas with their screens and seats by kind", async () => {
    const listed = await api<Page<Cinema>>("/api/v1/cinemas?pageSize=3");
    expect(listed.status).toBe(200);
    await expectConforms("listCinemas", listed);
    expect(bodyOf(listed).pageSize).toBe(3);
    const cinema = bodyOf(listed).data[0];
    expect(cinema.screens.length).toBeGreaterThan(0);
    const screen = cinema.screens[0];
    expect(Object.values(screen.seatsByKind).reduce((a, b) => a + b, 0)).toBe(screen.seatCount);

    const one = await api<Cinema>(`/api/v1/cinemas/${cinema.id}`);
    expect(one.status).toBe(200);
    await expectConforms("getCinema", one);
    expect(bodyOf(one).screens.map((s) => s.id)).toEqual(cinema.screens.map((s) => s.id));

    const unknown = await api(`/api/v1/cinemas/${unknownId}`);
    expect(unknown.status).toBe(404);
    await expectConforms("getCinema", unknown);
    expect((await api("/api/v1/cinemas/not-a-uuid")).status).toBe(404);

    const tooBig = await api<Problem>("/api/v1/cinemas?pageSize=101");
    expect(tooBig.status).toBe(422);
    await expectConforms("listCinemas", tooBig);
    expect(bodyOf(tooBig).errors).toHaveProperty("pageSize");
  });

  it("filters showtimes by movie, cinema and the cinema's local date", async () => {
    const sample = await someShowtime();
    const date = sample.startsAtLocal.slice(0, 10);
    const filtered = await api<Page<Showtime>>(`/api/v1/showtimes?movieId=${sample.movieId}&cinemaId=${sample.cinemaId}&date=${date}&pageSize=100`);
    expect(filtered.status).toBe(200);
    await expectConforms("listShowtimes", filtered);
    expect(bodyOf(filtered).data.map((s) => s.id)).toContain(sample.id);
    for (const showtime of bodyOf(filtered).data) {
      expect(showtime.movieId).toBe(sample.movieId);
      expect(showtime.cinemaId).toBe(sample.cinemaId);
      expect(showtime.startsAtLocal.slice(0, 10)).toBe(date);
      expect(showtime.bookable).toBe(true);
    }

    const otherDay = await api<Page<Showtime>>(`/api/v1/showtimes?cinemaId=${sample.cinemaId}&date=${daysAhead(400)}`);
    expect(otherDay.status).toBe(200);
    expect(bodyOf(otherDay).total).toBe(0);

    const detail = await api<Showtime>(`/api/v1/showtimes/${sample.id}`);
    expect(detail.status).toBe(200);
    await expectConforms("getShowtime", detail);
    expect(bodyOf(detail).id).toBe(sample.id);

    const badDate = await api<Problem>("/api/v1/showtimes?date=2026-02-30&movieId=nope");
    expect(badDate.status).toBe(422);
    await expectConforms("listShowtimes", badDate);
    expect(Object.keys(bodyOf(badDate).errors ?? {})).toEqual(expect.arrayContaining(["date", "movieId"]));

    const unknown = await api(`/api/v1/showtimes/${unknownId}`);
    expect(unknown.status).toBe(404);
    await expectConforms("getShowtime", unknown);
  });

  it("gives every seat of a showtime with its status and a price per ticket type", async () => {
    const sample = await someShowtime();
    const seats = await api<{ data: Seat[] }>(`/api/v1/showtimes/${sample.id}/seats`);
    expect(seats.status).toBe(200);
    await expectConforms("listShowtimeSeats", seats);
    expect(seats.headers.get("cache-control")).toBe("no-store");
    expect(bodyOf(seats).data.length).toBeGreaterThan(0);
    for (const seat of bodyOf(seats).data) {
      expect(["available", "held", "sold"]).toContain(seat.status);
      expect(seat.prices.length).toBeGreaterThan(0);
      for (const price of seat.prices) expect(Number.isInteger(price.priceMinor)).toBe(true);
    }

    const unknown = await api(`/api/v1/showtimes/${unknownId}/seats`);
    expect(unknown.status).toBe(404);
    await expectConforms("listShowtimeSeats", unknown);
  });
});

describe("admin venue and scheduling writes", () => {
  let customer: ApiCustomer;
  beforeAll(async () => {
    customer = await newCustomer("Venue Tester");
  });

  it("refuses customers (403) and anonymous callers (401)", async () => {
    const body = { name: "Not Mine", address: "x", city: "y", country: "GB", timeZone: "Europe/London" };
    const asCustomer = await api("/api/v1/cinemas", { token: customer.tokens.access_token, ip: customer.ip, body });
    expect(asCustomer.status).toBe(403);
    await expectConforms("createCinema", asCustomer);
    const showtime = await api("/api/v1/showtimes", { token: customer.tokens.access_token, ip: customer.ip, body: {} });
    expect(showtime.status).toBe(403);
    await expectConforms("createShowtime", showtime);
    const anonymous = await api(`/api/v1/showtimes/${unknownId}`, { method: "DELETE" });
    expect(anonymous.status).toBe(401);
    await expectConforms("deleteShowtime", anonymous);
  });

  it("creates, changes and deletes a cinema, a screen and a showtime", async () => {
    const { cinema, screen } = await newCinemaWithScreen();
    expect(screen.seatsByKind).toEqual({ standard: 10, premium: 6, accessible: 0, wheelchair: 1, companion: 1 });
    const sample = await someShowtime();
    const date = daysAhead(30);

    const invalidCinema = await api<Problem>(`/api/v1/cinemas/${cinema.id}`, { method: "PATCH", token: adminToken(), body: { longitude: null, timeZone: "Mars/Olympus" } });
    expect(invalidCinema.status).toBe(422);
    await expectConforms("updateCinema", invalidCinema);
    expect(bodyOf(invalidCinema).errors).toHaveProperty("timeZone");

    const renamed = await api<Cinema>(`/api/v1/cinemas/${cinema.id}`, { method: "PATCH", token: adminToken(), body: { name: `${cinema.name} Renamed` } });
    expect(renamed.status, renamed.text).toBe(200);
    await expectConforms("updateCinema", renamed);
    expect(renamed.body).toMatchObject({ name: `${cinema.name} Renamed`, slug: cinema.slug, latitude: 51.5 });

    const input = {
      movieId: sample.movieId,
      screenId: screen.id,
      formatId: sample.format.id,
      startsAtLocal: `${date}T10:00`,
      basePriceMinor: 1050,
      currency: "GBP",
      spokenLanguage: "en",
      audioDescription: true,
    };
    const invalid = await api<Problem>("/api/v1/showtimes", { token: adminToken(), body: { ...input, basePriceMinor: 0, currency: "XYZ", startsAtLocal: "tomorrow" } });
    expect(invalid.status).toBe(422);
    await expectConforms("createShowtime", invalid);
    expect(Object.keys(bodyOf(invalid).errors ?? {})).toEqual(expect.arrayContaining(["basePriceMinor", "currency", "startsAtLocal"]));

    const created = await api<Showtime>("/api/v1/showtimes", { token: adminToken(), body: input });
    expect(created.status, created.text).toBe(201);
    await expectConforms("createShowtime", created);
    expect(created.body).toMatchObject({ startsAtLocal: `${date}T10:00`, cinemaId: cinema.id, screenId: screen.id, basePriceMinor: 1050, audioDescription: true, bookable: true });

    const listed = await api<Page<Showtime>>(`/api/v1/showtimes?cinemaId=${cinema.id}&date=${date}`);
    expect(bodyOf(listed).data.map((s) => s.id)).toEqual([bodyOf(created).id]);

    const seats = await api<{ data: Seat[] }>(`/api/v1/showtimes/${bodyOf(created).id}/seats`);
    expect(seats.status).toBe(200);
    await expectConforms("listShowtimeSeats", seats);
    expect(bodyOf(seats).data).toHaveLength(screen.seatCount);
    expect(bodyOf(seats).data.every((s) => s.status === "available")).toBe(true);

    const overlapping = await api<Problem>("/api/v1/showtimes", { token: adminToken(), body: { ...input, startsAtLocal: `${date}T10:30` } });
    expect(overlapping.status).toBe(409);
    await expectConforms("createShowtime", overlapping);

    const changed = await api<Showtime>(`/api/v1/showtimes/${bodyOf(created).id}`, { method: "PATCH", token: adminToken(), body: { basePriceMinor: 1275, audioDescription: false } });
    expect(changed.status, changed.text).toBe(200);
    await expectConforms("updateShowtime", changed);
    expect(changed.body).toMatchObject({ basePriceMinor: 1275, audioDescription: false, startsAtLocal: `${date}T10:00` });

    const busyScreen = await api(`/api/v1/cinemas/${cinema.id}/screens/${screen.id}`, { method: "DELETE", token: adminToken() });
    expect(busyScreen.status).toBe(409);
    await expectConforms("deleteScreen", busyScreen);

    const deleted = await api(`/api/v1/showtimes/${bodyOf(created).id}`, { method: "DELETE", token: adminToken() });
    expect(deleted.status).toBe(204);
    await expectConforms("deleteShowtime", deleted);
    const gone = await api(`/api/v1/showtimes/${bodyOf(created).id}/seats`);
    expect(gone.status).toBe(404);

    const relaid = await api<Screen>(`/api/v1/cinemas/${cinema.id}/screens/${screen.id}`, { method: "PATCH", token: adminToken(), body: { layout: "ssss\nssss" } });
    expect(relaid.status, relaid.text).toBe(200);
    await expectConforms("updateScreen", relaid);
    expect(relaid.body).toMatchObject({ name: "Screen A", seatCount: 8 });

    const removed = await api(`/api/v1/cinemas/${cinema.id}`, { method: "DELETE", token: adminToken() });
    expect(removed.status).toBe(204);
    await expectConforms("deleteCinema", removed);
    expect((await api(`/api/v1/cinemas/${cinema.id}`)).status).toBe(404);
    // About twenty requests in a row: more than the default 30 s on a busy machine.
  }, 180_000);

  it("refuses a bad seat layout with 422 naming the layout", async () => {
    const { cinema } = await newCinemaWithScreen();
    const bad = await api<Problem>(`/api/v1/cinemas/${cinema.id}/screens`, { token: adminToken(), body: { name: "Screen B", layout: "sxs\nc.s" } });
    expect(bad.status).toBe(422);
    await expectConforms("createScreen", bad);
    expect(bodyOf(bad).errors).toHaveProperty("layout");
    const duplicate = await api(`/api/v1/cinemas/${cinema.id}/screens`, { token: adminToken(), body: { name: "Screen A", layout: LAYOUT } });
    expect(duplicate.status).toBe(409);
    await expectConforms("createScreen", duplicate);
    expect((await api(`/api/v1/cinemas/${cinema.id}`, { method: "DELETE", token: adminToken() })).status).toBe(204);
  });
});
