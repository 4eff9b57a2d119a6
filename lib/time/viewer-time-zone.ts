/**
 * The visitor's own time zone, for times that are about them rather than about a cinema (when a
 * session signed in, when it was last active). The browser reports it in a cookie
 * (components/layout/time-zone-cookie.tsx) so the server renders the right time from the first byte:
 * no UTC-then-local flicker. Without the cookie (the very first request), UTC, labelled as such.
 */
export const TIME_ZONE_COOKIE = "marquee-tz";

/** The cookie's zone if it is a real IANA zone, else UTC. Never trusts the cookie with more than that. */
export function viewerTimeZone(cookieValue: string | undefined): string {
  if (!cookieValue || cookieValue.length > 64) return "UTC";
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: cookieValue }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/** "3 Dec 2026, 10:15 GMT+1": date, time and the zone's name, so the reader knows which clock it is. */
export function formatViewerDateTime(at: Date, timeZone: string) {
  const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return `${dateTime} ${zone ?? timeZone}`;
}
