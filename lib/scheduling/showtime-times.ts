/** Minutes a screen needs between two showings for cleaning and the next audience to sit down. */
export const CLEANING_BUFFER_MINUTES = 20;

/** A showtime occupies its screen from the start until the film ends plus the cleaning buffer. */
export function showtimeEndsAt(startsAt: Date, runtimeMinutes: number): Date {
  return new Date(startsAt.getTime() + (runtimeMinutes + CLEANING_BUFFER_MINUTES) * 60_000);
}
