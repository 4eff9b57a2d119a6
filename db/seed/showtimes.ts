import type { showtimes } from "../schema";
import { showtimeEndsAt } from "../../lib/scheduling/showtime-times";
import { addDays, dateInZone, dayOfWeek, daysBetween, zonedTimeToUtc } from "./dates";
import type { Certificate } from "./movies";
import type { Random } from "./random";

export type ScheduleMovie = {
  id: string;
  runtime: number;
  language: string;
  certificate: Certificate;
  releaseDate: string;
  /** Action, fantasy, animation …: the films people book 3D and IMAX for. */
  spectacle: boolean;
};

export type ScheduleScreen = {
  id: string;
  timeZone: string;
  /** The cinema's biggest screen shows everything in its premium format. */
  premiumFormat?: "IMAX" | "DOLBY" | "4DX";
  priceLevel: number;
};

export const SCHEDULE_DAYS = 14;
const FIRST_START = 11 * 60;
const LAST_START = 23 * 60;

type ShowtimeRow = typeof showtimes.$inferInsert;

/** How much more often a film is programmed while it is new, and at an hour that suits its audience. */
function weight(movie: ScheduleMovie, date: string, minutes: number): number {
  const age = daysBetween(movie.releaseDate, date);
  let w = age < 14 ? 5 : age < 28 ? 3 : age < 49 ? 2 : 1;
  const family = movie.certificate === "U" || movie.certificate === "PG";
  if (family && minutes >= 19 * 60) w *= 0.15;
  if (!family && minutes < 14 * 60) w *= 0.5;
  if ((movie.certificate === "18" || movie.certificate === "15") && minutes >= 20 * 60) w *= 2;
  return w;
}

function price(screen: ScheduleScreen, date: string, minutes: number): number {
  const weekday = dayOfWeek(date);
  let pence = 950 + screen.priceLevel;
  if (minutes >= 17 * 60) pence += 150;
  if (weekday === 0 || weekday === 5 || weekday === 6) pence += 100;
  if (minutes < 13 * 60) pence -= 200;
  // Prices end in 49p or 99p, like a real box office.
  return Math.min(1450, Math.max(1000, pence)) - 1;
}

/**
 * Two weeks of programme for every screen, from the seeding day's local date. Each screen's shows
 * follow one another with the cleaning buffer in between, so the no-overlap constraint holds;
 * shows that would already have started are left out.
 */
export function buildSchedule(args: {
  rng: Random;
  now: Date;
  screens: ScheduleScreen[];
  movies: ScheduleMovie[];
  formatIds: Record<string, string>;
}): ShowtimeRow[] {
  const { rng, now, screens, movies, formatIds } = args;
  const rows: ShowtimeRow[] = [];
  for (const screen of screens) {
    const today = dateInZone(now, screen.timeZone);
    for (let day = 0; day < SCHEDULE_DAYS; day++) {
      const date = addDays(today, day);
      const showing = movies.filter((m) => m.releaseDate <= date);
      const spectacles = showing.filter((m) => m.spectacle);
      const pool = screen.premiumFormat && spectacles.length > 0 ? spectacles : showing;
      const count = rng.int(3, 5);
      let minutes = FIRST_START + rng.pick([0, 0, 10, 15, 30, 45]);
      let previous: ScheduleMovie | undefined;
      for (let show = 0; show < count && minutes <= LAST_START; show++) {
        const choices = pool.length > 1 ? pool.filter((m) => m !== previous) : pool;
        const movie = rng.weighted(choices, (m) => weight(m, date, minutes));
        const startsAt = zonedTimeToUtc(date, minutes, screen.timeZone);
        const endsAt = showtimeEndsAt(startsAt, movie.runtime);
        const row = showtimeRow(rng, { screen, movie, date, minutes, startsAt, endsAt, formatIds });
        if (startsAt > now) rows.push(row);
        const busyMinutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
        minutes = Math.ceil((minutes + busyMinutes) / 5) * 5 + rng.pick([0, 5, 10, 15, 20, 30]);
        previous = movie;
      }
    }
  }
  return rows;
}

function showtimeRow(
  rng: Random,
  s: {
    screen: ScheduleScreen;
    movie: ScheduleMovie;
    date: string;
    minutes: number;
    startsAt: Date;
    endsAt: Date;
    formatIds: Record<string, string>;
  },
): ShowtimeRow {
  const { screen, movie } = s;
  const english = movie.language === "en";
  const family = movie.certificate === "U" || movie.certificate === "PG";
  const formatCode = screen.premiumFormat ?? (movie.spectacle && rng.chance(0.25) ? "3D" : "2D");
  const formatId = s.formatIds[formatCode];
  if (!formatId) throw new Error(`Seed: format ${formatCode} is missing from the formats table.`);
  return {
    movieId: movie.id,
    screenId: screen.id,
    formatId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    basePriceMinor: price(screen, s.date, s.minutes),
    currency: "GBP",
    spokenLanguage: movie.language,
    subtitleLanguage: !english || rng.chance(0.1) ? "en" : null,
    audioDescription: rng.chance(0.08),
    closedCaptions: rng.chance(0.07),
    openCaptions: english && rng.chance(0.06),
    // Relaxed screenings are mostly morning shows of family films.
    sensoryFriendly: rng.chance(family && s.minutes < 14 * 60 ? 0.35 : 0.03),
    noDiscounts: daysBetween(movie.releaseDate, s.date) < 14,
  };
}
