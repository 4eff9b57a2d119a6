import "server-only";
import { and, eq, gt, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { formats, showtimes } from "@/db/schema";
import type { ShowtimeFilters } from "@/lib/catalog/search-params";

/** Listings look this far ahead: a movie's page shows this week, so `/movies` filters on it too. */
export const LISTING_WINDOW_DAYS = 7;
export const DAY_MS = 24 * 3600_000;

/**
 * The WHERE conditions for a bookable showtime that matches the attribute filters. Shared by the
 * movie listing (as an EXISTS) and the showtime lists, so "IMAX" means the same thing on both.
 * The caller joins `formats` when `filters.format` is set.
 */
export function showtimeConditions(filters: ShowtimeFilters, window: { from: Date; to?: Date }): SQL[] {
  const conditions: SQL[] = [eq(showtimes.status, "scheduled"), gt(showtimes.startsAt, window.from)];
  if (window.to) conditions.push(lt(showtimes.startsAt, window.to));
  if (filters.format) conditions.push(eq(formats.code, filters.format));
  if (filters.language) conditions.push(eq(showtimes.spokenLanguage, filters.language));
  if (filters.subtitles === "any") conditions.push(isNotNull(showtimes.subtitleLanguage));
  else if (filters.subtitles) conditions.push(eq(showtimes.subtitleLanguage, filters.subtitles));
  for (const flag of filters.access) {
    if (flag === "ad") conditions.push(eq(showtimes.audioDescription, true));
    if (flag === "oc") conditions.push(eq(showtimes.openCaptions, true));
    if (flag === "cc") conditions.push(eq(showtimes.closedCaptions, true));
    if (flag === "relaxed") conditions.push(eq(showtimes.sensoryFriendly, true));
  }
  return conditions;
}

export function allOf(conditions: SQL[]): SQL {
  return and(...conditions) ?? sql`true`;
}
