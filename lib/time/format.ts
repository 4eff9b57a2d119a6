/**
 * Times are stored in UTC and shown in the cinema's own zone, whatever the server's or the
 * visitor's zone is. These are the only formatters pages and emails use.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and options for the life of the process: building one costs far more than using it. */
export function formatter(timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (!value) {
    value = new Intl.DateTimeFormat("en-GB", { timeZone, ...options });
    cache.set(key, value);
  }
  return value;
}

/** "19:30" */
export function formatShowTime(at: Date, timeZone: string) {
  return formatter(timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}

/** "Tue 1 Dec" */
export function formatShowDay(at: Date, timeZone: string) {
  return formatter(timeZone, { weekday: "short", day: "numeric", month: "short" }).format(at);
}

/** "Tuesday, 1 December 2026 at 19:30" */
export function formatShowDateTime(at: Date, timeZone: string) {
  return formatter(timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

/** The calendar date ("2026-12-01") of an instant in a zone: groups showtimes by local day. */
export function localDateKey(at: Date, timeZone: string) {
  const parts = formatter(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
