import "server-only";
import { and, count, eq, gt, gte, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { cinemas, screens, seatClaims, seats, showtimes } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { allocateSlug, slugConflict } from "@/lib/catalog/slug-allocation";
import { now } from "@/lib/clock";
import { isConstraintViolation, isForeignKeyViolation } from "@/lib/postgres/errors";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import type { CinemaInput, ScreenInput } from "./schemas";
import { parseSeatLayout } from "./seat-layout";

const cinemaSlugs = { table: cinemas, id: cinemas.id, slug: cinemas.slug, constraint: "cinemas_slug_key" };

export async function saveCinema(actorUserId: string, input: CinemaInput & { id?: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const slug = await allocateSlug(tx, cinemaSlugs, input.slug, input.name, input.id);
    const { id, ...fields } = input;
    const values = { ...fields, slug };
    const [row] = await (id
      ? tx.update(cinemas).set(values).where(eq(cinemas.id, id)).returning({ id: cinemas.id, slug: cinemas.slug })
      : tx.insert(cinemas).values(values).returning({ id: cinemas.id, slug: cinemas.slug })
    ).catch((error: unknown) => slugConflict(error, cinemaSlugs.constraint, slug));
    if (!row) throw new NotFoundError("That cinema no longer exists.");
    await recordAudit(tx, { actorUserId, action: id ? "cinema.updated" : "cinema.created", entityType: "cinema", entityId: row.id, details: { name: input.name, slug } });
    return row;
  });
}

/** A cinema that ever had a showtime keeps its history; its screens would go with it otherwise. */
export async function deleteCinema(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ scheduled }] = await tx
      .select({ scheduled: count() })
      .from(showtimes)
      .innerJoin(screens, eq(screens.id, showtimes.screenId))
      .where(eq(screens.cinemaId, id));
    if (scheduled > 0) {
      throw new ConflictError(`This cinema has ${scheduled} showtimes on its screens, so it cannot be deleted without erasing booking history.`);
    }
    const [row] = await tx.delete(cinemas).where(eq(cinemas.id, id)).returning({ slug: cinemas.slug, name: cinemas.name });
    if (!row) throw new NotFoundError("That cinema no longer exists.");
    await recordAudit(tx, { actorUserId, action: "cinema.deleted", entityType: "cinema", entityId: id, details: row });
    return { slug: row.slug };
  });
}

// Existing seats are parked this far down while a new layout is written, so no position clashes.
const PARKED_OFFSET = 10_000;

/**
 * Creates a screen or changes its name and layout; seats are rebuilt from the layout in the same
 * transaction. Seats keep their ids where row and number survive, so past tickets stay attached.
 * A layout change is refused while an upcoming showtime on the screen has seats held or sold.
 */
export async function saveScreen(actorUserId: string, input: ScreenInput & { id?: string }) {
  const layout = parseSeatLayout(input.layout);
  if (!layout.ok) throw new InvalidError("The layout has mistakes.", { layout: layout.errors });
  const db = await getDb();
  const saved = await db
    .transaction(async (tx) => {
      const [cinema] = await tx.select({ id: cinemas.id, slug: cinemas.slug }).from(cinemas).where(eq(cinemas.id, input.cinemaId));
      if (!cinema) throw new NotFoundError("That cinema no longer exists.");
      let screenId = input.id;
      if (screenId) {
        // Lock the screen row so two saves of one layout cannot interleave.
        const [current] = await tx
          .select({ layout: screens.layout, cinemaId: screens.cinemaId })
          .from(screens)
          .where(eq(screens.id, screenId))
          .for("update");
        if (!current || current.cinemaId !== input.cinemaId) throw new NotFoundError("That screen no longer exists.");
        await tx.update(screens).set({ name: input.name, layout: input.layout }).where(eq(screens.id, screenId));
        if (current.layout !== input.layout) await rebuildSeats(tx, screenId, layout.seats);
      } else {
        const [row] = await tx.insert(screens).values({ cinemaId: input.cinemaId, name: input.name, layout: input.layout }).returning({ id: screens.id });
        screenId = row.id;
        await tx.insert(seats).values(layout.seats.map((seat) => ({ ...seat, screenId: row.id })));
      }
      await recordAudit(tx, {
        actorUserId,
        action: input.id ? "screen.updated" : "screen.created",
        entityType: "screen",
        entityId: screenId,
        details: { name: input.name, seats: layout.seats.length },
      });
      return { id: screenId, cinemaId: cinema.id, cinemaSlug: cinema.slug };
    })
    .catch((error: unknown) => {
      if (isConstraintViolation(error, "screens_cinema_id_name_key")) {
        throw new ConflictError("This cinema already has a screen with that name.", { name: ["This cinema already has a screen with that name."] });
      }
      throw error;
    });
  return saved;
}

async function rebuildSeats(tx: Tx, screenId: string, layoutSeats: { rowLabel: string; number: number; kind: (typeof seats.$inferInsert)["kind"]; x: number; y: number }[]) {
  const [{ claimed }] = await tx
    .select({ claimed: count() })
    .from(seatClaims)
    .innerJoin(showtimes, eq(showtimes.id, seatClaims.showtimeId))
    .where(and(eq(showtimes.screenId, screenId), eq(showtimes.status, "scheduled"), gt(showtimes.endsAt, now())));
  if (claimed > 0) {
    throw new ConflictError(
      `The seats cannot change: ${claimed} ${claimed === 1 ? "seat is" : "seats are"} held or sold for upcoming showtimes on this screen. Change the layout after those showtimes, or move them to another screen.`,
      { layout: ["Seats are held or sold for upcoming showtimes on this screen."] },
    );
  }
  await tx.update(seats).set({ y: sql`${seats.y} + ${PARKED_OFFSET}` }).where(eq(seats.screenId, screenId));
  await tx
    .insert(seats)
    .values(layoutSeats.map((seat) => ({ ...seat, screenId })))
    .onConflictDoUpdate({
      target: [seats.screenId, seats.rowLabel, seats.number],
      set: { kind: sql`excluded.kind`, x: sql`excluded.x`, y: sql`excluded.y` },
    });
  await tx
    .delete(seats)
    .where(and(eq(seats.screenId, screenId), gte(seats.y, PARKED_OFFSET)))
    .catch((error: unknown) => {
      if (isForeignKeyViolation(error)) {
        throw new ConflictError("Some seats this layout removes have tickets from past showtimes, so they must stay. Keep those rows and seat numbers.", {
          layout: ["Seats with past tickets cannot be removed."],
        });
      }
      throw error;
    });
}

export async function deleteScreen(actorUserId: string, id: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [{ scheduled }] = await tx.select({ scheduled: count() }).from(showtimes).where(eq(showtimes.screenId, id));
    if (scheduled > 0) {
      throw new ConflictError(`This screen has ${scheduled} ${scheduled === 1 ? "showtime" : "showtimes"}, so it cannot be deleted. Cancel or move them first; past ones keep their history.`);
    }
    const [row] = await tx.delete(screens).where(eq(screens.id, id)).returning({ name: screens.name, cinemaId: screens.cinemaId });
    if (!row) throw new NotFoundError("That screen no longer exists.");
    const [cinema] = await tx.select({ slug: cinemas.slug }).from(cinemas).where(inArray(cinemas.id, [row.cinemaId]));
    await recordAudit(tx, { actorUserId, action: "screen.deleted", entityType: "screen", entityId: id, details: row });
    return { cinemaId: row.cinemaId, cinemaSlug: cinema?.slug ?? "" };
  });
}
