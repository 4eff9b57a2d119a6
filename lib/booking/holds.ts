import { and, count, eq, gte, inArray, isNotNull, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { carts, seatClaims, seats, showtimes, ticketTypes } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { BOOKING_LIMITS, type HoldSeatsInput } from "./schemas";
import { checkComposition, isHeldBackKind, seatLabel, type HeldSeat } from "./rules";

/**
 * Holding seats in a customer's cart (docs/decisions/001-seat-claims.md). Every change runs in one
 * transaction that first locks the customer's cart row, so one customer's concurrent requests queue
 * up (the per-customer limits), while different customers only ever meet on seat_claims' primary
 * key: the claim statement inserts, takes over an expired hold, or comes back empty.
 */

export type HoldResult = { heldUntil: Date; seatIds: string[] };

type Options = { holdMinutes?: number };

export async function holdSeats(
  input: HoldSeatsInput & { userId: string },
  { holdMinutes = env.HOLD_MINUTES }: Options = {},
): Promise<HoldResult> {
  const db = await getDb();
  const at = now();
  const heldUntil = new Date(at.getTime() + holdMinutes * 60_000);
  const seatIds = input.seats.map((s) => s.seatId);
  if (new Set(seatIds).size !== seatIds.length) throw new InvalidError("A seat was chosen twice.");

  return db.transaction(async (tx) => {
    const cartId = await lockCart(tx, input.userId, { create: true });
    if (!cartId) throw new Error("unreachable: the cart was just created");
    const showtime = await loadBookableShowtime(tx, input.showtimeId, at);

    const seatRows = await tx
      .select({ id: seats.id, kind: seats.kind, rowLabel: seats.rowLabel, number: seats.number })
      .from(seats)
      .where(and(inArray(seats.id, seatIds), eq(seats.screenId, showtime.screenId)));
    if (seatRows.length !== seatIds.length) {
      throw new InvalidError("Some of those seats are not in this screen. Pick seats from the map.", {
        seats: ["Pick seats from the map."],
      });
    }
    const seatById = new Map(seatRows.map((s) => [s.id, s]));

    const typeIds = [...new Set(input.seats.map((s) => s.ticketTypeId))];
    const typeRows = await tx
      .select({ id: ticketTypes.id, name: ticketTypes.name, active: ticketTypes.active, isDiscount: ticketTypes.isDiscount, isCarer: ticketTypes.isCarer })
      .from(ticketTypes)
      .where(inArray(ticketTypes.id, typeIds));
    const typeById = new Map(typeRows.map((t) => [t.id, t]));
    for (const typeId of typeIds) {
      const type = typeById.get(typeId);
      assertTicketTypeAllowed(type, { noDiscounts: showtime.noDiscounts, carerDeclared: input.carerDeclared });
    }

    // What this cart already holds (live holds only: an expired one is as good as gone).
    const held = await liveHolds(tx, cartId, at);
    const otherShowtimes = new Set(held.filter((h) => h.showtimeId !== input.showtimeId).map((h) => h.showtimeId));
    if (otherShowtimes.size + 1 > BOOKING_LIMITS.showtimesPerCart) {
      throw new InvalidError(
        `Your cart can hold seats for up to ${BOOKING_LIMITS.showtimesPerCart} showtimes. Check out or remove one first.`,
        { seats: [`Up to ${BOOKING_LIMITS.showtimesPerCart} showtimes in one cart.`] },
      );
    }
    const heldHere = held.filter((h) => h.showtimeId === input.showtimeId && !seatById.has(h.seatId));
    if (heldHere.length + seatIds.length > BOOKING_LIMITS.seatsPerShowtime) {
      const left = BOOKING_LIMITS.seatsPerShowtime - heldHere.length;
      throw new InvalidError(
        `You can hold up to ${BOOKING_LIMITS.seatsPerShowtime} seats for one showtime` +
          (heldHere.length > 0 ? `; you already hold ${heldHere.length}, so you can add ${Math.max(0, left)} more.` : "."),
        { seats: [`Up to ${BOOKING_LIMITS.seatsPerShowtime} seats per showtime.`] },
      );
    }

    const wantsHeldBack = seatRows.some((s) => isHeldBackKind(s.kind));
    const released = wantsHeldBack ? await generalSeatsAllTaken(tx, showtime.screenId, input.showtimeId, at, seatIds) : false;
    if (wantsHeldBack && !input.wheelchairDeclared && !released) {
      throw new InvalidError(
        "Wheelchair spaces and their companion seats are kept for wheelchair users until every other seat is taken. " +
          'Tick "I need a wheelchair space" if you need one.',
        { wheelchairDeclared: ["Tick this if you need a wheelchair space."] },
      );
    }
    checkComposition(
      [
        ...heldHere.map((h) => ({ kind: h.kind, isCarer: h.isCarer, label: h.label })),
        ...input.seats.map((s): HeldSeat => {
          const seat = seatById.get(s.seatId);
          if (!seat) throw new Error("unreachable: seats were checked above");
          return { kind: seat.kind, isCarer: typeById.get(s.ticketTypeId)?.isCarer ?? false, label: seatLabel(seat.rowLabel, seat.number) };
        }),
      ],
      { released },
    );

    // The claim: one statement, all-or-nothing. A row comes back for a seat that was free, held by
    // an expired hold, or already held by this very cart (re-adding keeps that hold's expiry).
    const claimed = await tx
      .insert(seatClaims)
      .values(
        input.seats.map((s) => ({
          showtimeId: input.showtimeId,
          seatId: s.seatId,
          cartId,
          heldUntil,
          ticketTypeId: s.ticketTypeId,
          wheelchairDeclared: input.wheelchairDeclared,
        })),
      )
      .onConflictDoUpdate({
        target: [seatClaims.showtimeId, seatClaims.seatId],
        set: {
          cartId: sql`excluded.cart_id`,
          heldUntil: sql`case when ${seatClaims.cartId} = excluded.cart_id and ${seatClaims.heldUntil} >= ${at.toISOString()}::timestamptz
            then ${seatClaims.heldUntil} else excluded.held_until end`,
          ticketTypeId: sql`excluded.ticket_type_id`,
          wheelchairDeclared: sql`excluded.wheelchair_declared`,
          createdAt: sql`excluded.created_at`,
        },
        setWhere: sql`(${seatClaims.ticketId} is null and ${seatClaims.heldUntil} < ${at.toISOString()}::timestamptz)
          or ${seatClaims.cartId} = excluded.cart_id`,
      })
      .returning({ seatId: seatClaims.seatId, heldUntil: seatClaims.heldUntil });

    if (claimed.length < seatIds.length) {
      const got = new Set(claimed.map((c) => c.seatId));
      const taken = seatRows.filter((s) => !got.has(s.id)).map((s) => seatLabel(s.rowLabel, s.number));
      // Throwing rolls the whole transaction back: the seats that were free are not kept either.
      throw new ConflictError(
        `${listPhrase(taken)} ${taken.length === 1 ? "was" : "were"} just taken by someone else. Pick ${taken.length === 1 ? "another seat" : "other seats"}.`,
        { seats: taken },
      );
    }
    return { heldUntil, seatIds };
  });
}

/** Gives a held seat back. Removing the wheelchair space before its companions is refused. */
export async function releaseSeat(input: { userId: string; showtimeId: string; seatId: string }) {
  const db = await getDb();
  const at = now();
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, input.userId, { create: false });
    if (!cartId) throw new NotFoundError("That seat is not in your cart.");
    const deleted = await tx
      .delete(seatClaims)
      .where(
        and(
          eq(seatClaims.cartId, cartId),
          eq(seatClaims.showtimeId, input.showtimeId),
          eq(seatClaims.seatId, input.seatId),
          isNull(seatClaims.ticketId),
        ),
      )
      .returning({ seatId: seatClaims.seatId });
    if (deleted.length === 0) throw new NotFoundError("That seat is not in your cart.");
    await recheckShowtime(tx, cartId, input.showtimeId, at, "Remove the companion or carer seats first.");
  });
}

/** Changes the ticket type of a held seat (the hold keeps its expiry). */
export async function changeTicketType(input: {
  userId: string;
  showtimeId: string;
  seatId: string;
  ticketTypeId: string;
}) {
  const db = await getDb();
  const at = now();
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, input.userId, { create: false });
    if (!cartId) throw new NotFoundError("That seat is not in your cart.");
    const showtime = await loadBookableShowtime(tx, input.showtimeId, at);
    const [type] = await tx
      .select({ id: ticketTypes.id, name: ticketTypes.name, active: ticketTypes.active, isDiscount: ticketTypes.isDiscount, isCarer: ticketTypes.isCarer })
      .from(ticketTypes)
      .where(eq(ticketTypes.id, input.ticketTypeId));
    const held = (await liveHolds(tx, cartId, at)).filter((h) => h.showtimeId === input.showtimeId);
    // The carer declaration was made on the seat map; a cart that already has a carer ticket for
    // this showtime has made it.
    assertTicketTypeAllowed(type, { noDiscounts: showtime.noDiscounts, carerDeclared: held.some((h) => h.isCarer) });
    const updated = await tx
      .update(seatClaims)
      .set({ ticketTypeId: input.ticketTypeId })
      .where(
        and(
          eq(seatClaims.cartId, cartId),
          eq(seatClaims.showtimeId, input.showtimeId),
          eq(seatClaims.seatId, input.seatId),
          isNull(seatClaims.ticketId),
          gte(seatClaims.heldUntil, at),
        ),
      )
      .returning({ seatId: seatClaims.seatId });
    if (updated.length === 0) throw new NotFoundError("That seat is no longer held in your cart.");
    await recheckShowtime(tx, cartId, input.showtimeId, at, "Change the carer ticket first.");
  });
}

/** Releases every seat held in the customer's cart. */
export async function emptyCart(userId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const cartId = await lockCart(tx, userId, { create: false });
    if (!cartId) return;
    await tx.delete(seatClaims).where(and(eq(seatClaims.cartId, cartId), isNull(seatClaims.ticketId)));
  });
}

/**
 * Tidies holds that expired long ago. Correctness never depends on it: readers ignore expired holds
 * and the next claim overwrites them.
 */
export async function deleteExpiredHolds({ olderThanMinutes = 60 } = {}) {
  const db = await getDb();
  const cutoff = new Date(now().getTime() - olderThanMinutes * 60_000);
  const deleted = await db
    .delete(seatClaims)
    .where(and(isNotNull(seatClaims.cartId), lt(seatClaims.heldUntil, cutoff)))
    .returning({ seatId: seatClaims.seatId });
  return deleted.length;
}

/**
 * Locks the customer's cart row for the rest of the transaction. The upsert's DO UPDATE takes the
 * same row lock as SELECT … FOR UPDATE, and also covers two first requests racing to create it.
 */
async function lockCart(tx: Tx, userId: string, { create }: { create: boolean }): Promise<string | null> {
  if (create) {
    const [cart] = await tx
      .insert(carts)
      .values({ userId })
      .onConflictDoUpdate({ target: carts.userId, set: { updatedAt: sql`now()` } })
      .returning({ id: carts.id });
    return cart?.id ?? null;
  }
  const [cart] = await tx.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId)).for("update");
  return cart?.id ?? null;
}

/** The showtime, if it can still be booked. FOR SHARE makes a concurrent cancellation wait for us. */
async function loadBookableShowtime(tx: Tx, showtimeId: string, at: Date) {
  const [showtime] = await tx
    .select({ status: showtimes.status, startsAt: showtimes.startsAt, screenId: showtimes.screenId, noDiscounts: showtimes.noDiscounts })
    .from(showtimes)
    .where(eq(showtimes.id, showtimeId))
    .for("share");
  if (!showtime) throw new NotFoundError("That showtime does not exist.");
  if (showtime.status === "cancelled") throw new InvalidError("This showtime has been cancelled, so it cannot be booked.");
  if (showtime.startsAt <= at) throw new InvalidError("This showtime has already started, so it can no longer be booked.");
  return showtime;
}

function assertTicketTypeAllowed(
  type: { name: string; active: boolean; isDiscount: boolean; isCarer: boolean } | undefined,
  { noDiscounts, carerDeclared }: { noDiscounts: boolean; carerDeclared: boolean },
) {
  if (!type || !type.active) {
    throw new InvalidError("That ticket type is not on sale.", { ticketTypeId: ["Choose another ticket type."] });
  }
  if (noDiscounts && type.isDiscount) {
    throw new InvalidError(`This showtime has no discounts, so ${type.name} tickets are not offered.`, {
      ticketTypeId: ["Only full-price tickets for this showtime."],
    });
  }
  if (type.isCarer && !carerDeclared) {
    throw new InvalidError('A carer ticket is for the companion of a customer who needs one: tick "I need a carer".', {
      carerDeclared: ["Tick this if you need a carer with you."],
    });
  }
}

type LiveHold = { showtimeId: string; seatId: string; kind: HeldSeat["kind"]; isCarer: boolean; label: string };

async function liveHolds(tx: Tx, cartId: string, at: Date): Promise<LiveHold[]> {
  const rows = await tx
    .select({
      showtimeId: seatClaims.showtimeId,
      seatId: seatClaims.seatId,
      kind: seats.kind,
      rowLabel: seats.rowLabel,
      number: seats.number,
      isCarer: ticketTypes.isCarer,
    })
    .from(seatClaims)
    .innerJoin(seats, eq(seats.id, seatClaims.seatId))
    .innerJoin(ticketTypes, eq(ticketTypes.id, seatClaims.ticketTypeId))
    .where(and(eq(seatClaims.cartId, cartId), gte(seatClaims.heldUntil, at)));
  return rows.map((r) => ({ ...r, label: seatLabel(r.rowLabel, r.number) }));
}

/**
 * Wheelchair spaces go on general sale once every other seat of the showtime is sold or held
 * (counting the seats of the request itself). Read in the claiming transaction: a seat taken
 * concurrently only makes this answer "not yet", never a wrong "yes".
 */
export async function generalSeatsAllTaken(tx: Tx, screenId: string, showtimeId: string, at: Date, alsoTaken: string[] = []) {
  const [row] = await tx
    .select({ free: count() })
    .from(seats)
    .leftJoin(
      seatClaims,
      and(
        eq(seatClaims.seatId, seats.id),
        eq(seatClaims.showtimeId, showtimeId),
        or(isNotNull(seatClaims.ticketId), gte(seatClaims.heldUntil, at)),
      ),
    )
    .where(
      and(
        eq(seats.screenId, screenId),
        notInArray(seats.kind, ["wheelchair", "companion"]),
        isNull(seatClaims.seatId),
        alsoTaken.length > 0 ? notInArray(seats.id, alsoTaken) : undefined,
      ),
    );
  return (row?.free ?? 0) === 0;
}

async function recheckShowtime(tx: Tx, cartId: string, showtimeId: string, at: Date, hint: string) {
  const held = (await liveHolds(tx, cartId, at)).filter((h) => h.showtimeId === showtimeId);
  if (held.length === 0) return;
  const needsRelease = held.some((h) => isHeldBackKind(h.kind));
  const [showtime] = await tx.select({ screenId: showtimes.screenId }).from(showtimes).where(eq(showtimes.id, showtimeId));
  const released = needsRelease && showtime ? await generalSeatsAllTaken(tx, showtime.screenId, showtimeId, at) : false;
  try {
    checkComposition(held, { released });
  } catch (error) {
    if (error instanceof InvalidError) throw new InvalidError(`${error.message} ${hint}`, error.fieldErrors);
    throw error;
  }
}

function listPhrase(items: string[]) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("; ")} and ${items[items.length - 1]}`;
}
