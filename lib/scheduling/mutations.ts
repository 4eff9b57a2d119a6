import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { cinemas, formats, movies, screens, seatClaims, showtimes, showtimeTicketPrices, tickets } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { formatShowDay } from "@/lib/time/format";
import { datesBetween, zonedLocalToUtc } from "./local-time";
import { findClashes, mapOverlapViolation, overlapError, type Slot } from "./overlap";
import type { BulkShowtimeInput, ShowtimeAttributes, ShowtimeInput } from "./schemas";
import { showtimeEndsAt } from "./showtime-times";

/** Creating, editing, bulk-scheduling and deleting showtimes. Cancelling is in cancellation.ts. */

async function loadContext(tx: Tx, input: Pick<ShowtimeAttributes, "movieId" | "screenId" | "formatId">) {
  const [[movie], [screen], [format]] = await Promise.all([
    tx.select({ runtimeMinutes: movies.runtimeMinutes, archivedAt: movies.archivedAt }).from(movies).where(eq(movies.id, input.movieId)),
    tx
      .select({ id: screens.id, timeZone: cinemas.timeZone })
      .from(screens)
      .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
      .where(eq(screens.id, input.screenId)),
    tx.select({ id: formats.id }).from(formats).where(eq(formats.id, input.formatId)),
  ]);
  if (!movie) throw new InvalidError("That movie no longer exists.", { movieId: ["Choose a movie."] });
  if (movie.archivedAt) throw new InvalidError("That movie is archived.", { movieId: ["Restore the movie before scheduling it."] });
  if (!screen) throw new InvalidError("That screen no longer exists.", { screenId: ["Choose a screen."] });
  if (!format) throw new InvalidError("That format no longer exists.", { formatId: ["Choose a format."] });
  return { runtimeMinutes: movie.runtimeMinutes, timeZone: screen.timeZone };
}

function rowValues(input: ShowtimeAttributes, slot: Slot) {
  return {
    movieId: input.movieId,
    screenId: input.screenId,
    formatId: input.formatId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    basePriceMinor: input.basePrice,
    currency: input.currency,
    spokenLanguage: input.spokenLanguage,
    subtitleLanguage: input.subtitleLanguage,
    audioDescription: input.audioDescription,
    openCaptions: input.openCaptions,
    closedCaptions: input.closedCaptions,
    sensoryFriendly: input.sensoryFriendly,
    noDiscounts: input.noDiscounts,
  };
}

async function writeTicketPrices(tx: Tx, showtimeIds: string[], input: ShowtimeAttributes) {
  const prices = input.ticketPrices.filter((p): p is { ticketTypeId: string; price: number } => p.price !== null);
  if (prices.length === 0) return;
  await tx
    .insert(showtimeTicketPrices)
    .values(showtimeIds.flatMap((showtimeId) => prices.map((p) => ({ showtimeId, ticketTypeId: p.ticketTypeId, priceMinor: p.price }))));
}

function refusePast(startsAt: Date, field: string) {
  if (startsAt.getTime() <= now().getTime()) {
    throw new InvalidError("Showtimes cannot start in the past.", { [field]: ["This time has already passed."] });
  }
}

export async function createShowtime(actorUserId: string, input: ShowtimeInput) {
  const db = await getDb();
  let slot: Slot | undefined;
  return db
    .transaction(async (tx) => {
      const context = await loadContext(tx, input);
      const [date, time] = input.startsAtLocal.split("T");
      const startsAt = zonedLocalToUtc(date, time, context.timeZone);
      refusePast(startsAt, "startsAtLocal");
      slot = { startsAt, endsAt: showtimeEndsAt(startsAt, context.runtimeMinutes) };
      const [clash] = await findClashes(tx, input.screenId, [slot]);
      if (clash) throw overlapError(clash);
      const [row] = await tx.insert(showtimes).values(rowValues(input, slot)).returning({ id: showtimes.id });
      await writeTicketPrices(tx, [row.id], input);
      await recordAudit(tx, { actorUserId, action: "showtime.created", entityType: "showtime", entityId: row.id, details: { startsAt: startsAt.toISOString() } });
      return row;
    })
    .catch((error: unknown) => mapOverlapViolation(error, db, input.screenId, slot ? [slot] : []));
}

/**
 * Edits a scheduled, upcoming showtime. Once seats are held or sold, its screen cannot change
 * (the seats belong to the screen) and its start cannot move (customers booked that time).
 */
export async function updateShowtime(actorUserId: string, input: ShowtimeInput & { id: string }) {
  const db = await getDb();
  let slot: Slot | undefined;
  return db
    .transaction(async (tx) => {
      const [current] = await tx
        .select({ screenId: showtimes.screenId, startsAt: showtimes.startsAt, status: showtimes.status, movieId: showtimes.movieId })
        .from(showtimes)
        .where(eq(showtimes.id, input.id))
        .for("update");
      if (!current) throw new NotFoundError("That showtime no longer exists.");
      if (current.status === "cancelled") throw new ConflictError("A cancelled showtime cannot be edited.");
      const context = await loadContext(tx, input);
      const [date, time] = input.startsAtLocal.split("T");
      const startsAt = zonedLocalToUtc(date, time, context.timeZone);
      const moved = startsAt.getTime() !== current.startsAt.getTime();
      if (moved) refusePast(startsAt, "startsAtLocal");
      const [{ claimed }] = await tx.select({ claimed: count() }).from(seatClaims).where(eq(seatClaims.showtimeId, input.id));
      if (claimed > 0 && (moved || input.screenId !== current.screenId || input.movieId !== current.movieId)) {
        const message = `${claimed} ${claimed === 1 ? "seat is" : "seats are"} held or sold, so the movie, screen and start time cannot change. Cancel the showtime and schedule a new one instead.`;
        throw new ConflictError(message, { startsAtLocal: [message] });
      }
      slot = { startsAt, endsAt: showtimeEndsAt(startsAt, context.runtimeMinutes) };
      const [clash] = await findClashes(tx, input.screenId, [slot], input.id);
      if (clash) throw overlapError(clash);
      await tx.update(showtimes).set(rowValues(input, slot)).where(eq(showtimes.id, input.id));
      await tx.delete(showtimeTicketPrices).where(eq(showtimeTicketPrices.showtimeId, input.id));
      await writeTicketPrices(tx, [input.id], input);
      await recordAudit(tx, { actorUserId, action: "showtime.updated", entityType: "showtime", entityId: input.id, details: { startsAt: startsAt.toISOString() } });
      return { id: input.id };
    })
    .catch((error: unknown) => mapOverlapViolation(error, db, input.screenId, slot ? [slot] : [], input.id));
}

/** The same time every day over a date range: all showtimes are created, or none. */
export async function bulkCreateShowtimes(actorUserId: string, input: BulkShowtimeInput) {
  const db = await getDb();
  let slots: Slot[] = [];
  return db
    .transaction(async (tx) => {
      const context = await loadContext(tx, input);
      const dates = datesBetween(input.firstDate, input.lastDate);
      slots = dates.map((date) => {
        const startsAt = zonedLocalToUtc(date, input.time, context.timeZone);
        return { startsAt, endsAt: showtimeEndsAt(startsAt, context.runtimeMinutes) };
      });
      const past = slots.filter((s) => s.startsAt.getTime() <= now().getTime());
      if (past.length > 0) {
        const days = past.map((s) => formatShowDay(s.startsAt, context.timeZone)).join(", ");
        throw new InvalidError(`Some of these showtimes would start in the past (${days}). Nothing was scheduled.`, {
          firstDate: ["Start the range at a date and time still to come."],
        });
      }
      const clashes = await findClashes(tx, input.screenId, slots);
      if (clashes.length > 0) {
        const clashDays = slots
          .filter((s) => clashes.some((c) => c.startsAt < s.endsAt && c.endsAt > s.startsAt))
          .map((s) => formatShowDay(s.startsAt, context.timeZone));
        const message = `The screen is busy at that time on ${clashDays.join(", ")}. Nothing was scheduled.`;
        throw new ConflictError(message, { time: [message] });
      }
      const rows = await tx.insert(showtimes).values(slots.map((slot) => rowValues(input, slot))).returning({ id: showtimes.id });
      await writeTicketPrices(tx, rows.map((r) => r.id), input);
      await recordAudit(tx, {
        actorUserId,
        action: "showtime.bulk_created",
        entityType: "showtime",
        entityId: null,
        details: { count: rows.length, firstDate: input.firstDate, lastDate: input.lastDate, time: input.time, screenId: input.screenId },
      });
      return { count: rows.length };
    })
    .catch((error: unknown) => mapOverlapViolation(error, db, input.screenId, slots, undefined, "time"));
}

/** Only a showtime that never sold a ticket can disappear; otherwise it is cancelled (cancellation.ts). */
export async function deleteShowtime(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ sold }] = await tx.select({ sold: count() }).from(tickets).where(eq(tickets.showtimeId, id));
    if (sold > 0) {
      throw new ConflictError(
        `${sold} ${sold === 1 ? "ticket was" : "tickets were"} sold for this showtime, so it cannot be deleted. Cancel it instead: customers are refunded and told by email.`,
      );
    }
    const [row] = await tx.delete(showtimes).where(eq(showtimes.id, id)).returning({ startsAt: showtimes.startsAt, movieId: showtimes.movieId });
    if (!row) throw new NotFoundError("That showtime no longer exists.");
    await recordAudit(tx, { actorUserId, action: "showtime.deleted", entityType: "showtime", entityId: id, details: { startsAt: row.startsAt.toISOString(), movieId: row.movieId } });
    return { id };
  });
}
