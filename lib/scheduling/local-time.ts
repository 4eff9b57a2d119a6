import { TZDate } from "@date-fns/tz";

/**
 * The UTC instant of a wall-clock time in a cinema's zone: "2026-03-29" "01:30" in Europe/London.
 * A time that does not exist (the spring-forward gap) moves forward like a clock would.
 */
export function zonedLocalToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** "2026-12-01T19:30" for a datetime-local input showing `at` in `timeZone`. */
export function utcToZonedLocal(at: Date, timeZone: string): string {
  const z = new TZDate(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}

/** Every calendar date from `first` to `last` inclusive ("YYYY-MM-DD"). */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}
