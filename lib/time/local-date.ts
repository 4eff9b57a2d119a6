import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { now } from "@/lib/clock";
import { localDateKey } from "./format";

/** Today's calendar date ("2026-12-01") where the clock on the wall is in `timeZone`. */
export function todayIn(timeZone: string, at: Date = now()) {
  return localDateKey(at, timeZone);
}

/** The same in SQL: the calendar date of a timestamptz `instant` in a zone (a column or a value). */
export function localDateOf(instant: SQLWrapper | Date, timeZone: SQLWrapper | string): SQL {
  const value = instant instanceof Date ? sql`${instant.toISOString()}::timestamptz` : instant;
  return sql`(${value} at time zone ${timeZone})::date`;
}
