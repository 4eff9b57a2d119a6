import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { seatClaims, seats } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { BOOKING_LIMITS, type HoldSeatsInput } from "./schemas";
import { seatLabel } from "@/lib/venues/seat-label";
import { isExpiredHold, isLiveClaim } from "./seat-claims";
import { checkComposition, isHeldBackKind, type HeldSeat } from "./rules";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { referenceData } from "@/lib/settings/reference-data";
import { notifySeatChanges, notifySeatRows } from "./seat-events";
import {
  assertTicketTypeAllowed,
  generalSeatsAllTaken,
  liveHolds,
  loadBookableShowtime,
  loadTicketCap,
  lockCart,
  recheckShowtime,
  screenOf,
} from "./hold-checks";

/**
 * Holding seats in a customer's cart (docs/decisions/001-seat-claims.md). Every change runs in one
 * transaction that first locks the customer's cart row, so one customer's concurrent requests queue
 * up (the per-customer limits), while different customers only ever meet on seat_claims' primary
 * key: the claim statement inserts, takes over an expired hold, or comes back empty.
 */

export type HoldResult = { heldUntil: Date; seatIds: string[] };

/** Seats another customer holds or bought: nothing was held. `errors.seats` names them. */
export class SeatsTakenError extends ConflictError {
  override readonly code = "seats_taken";
}

/** Asked with `newSeatsOnly`: some of the seats are already in this customer's cart. */
export class SeatsAlreadyHeldError extends ConflictError {
  override readonly code = "already_in_cart";
}

type Options = {
  holdMinutes?: number;
  /**
   * Refuse seats this cart already holds instead of keeping their hold (the seat map re-adds them
   * freely). The JSON API's POST creates holds, so a repeat is a conflict: checked after the cart
   * lock, one customer's concurrent requests can't both count as the one that held the seat.
   */
  newSeatsOnly?: boolean;
  /**
   * "box_office" when staff hold seats in their own cart for a counter sale (the caller has checked
   * the staff role): the per-customer ticket cap does not apply to it (assertTicketCap).
   */
  channel?: "online" | "box_office";
};

export async function holdSeats(
  input: HoldSeatsInput & { userId: string },
  { holdMinutes = env.HOLD_MINUTES, newSeatsOnly = false, channel = "online" }: Options = {},
): Promise<HoldResult> {
  await consumeRateLimit("seatHoldsUser", input.userId);
  const db = await getDb();
  const at = now();
  const newExpiry = new Date(at.getTime() + holdMinutes * 60_000);
  const seatIds = input.seats.map((s) => s.seatId);
  if (new Set(seatIds).size !== seatIds.length) throw new InvalidError("A seat was chosen twice.");

  return db.transaction(async (tx) => {
    const cartId = await lockCart(tx, input.userId, { create: true });
    if (!cartId) throw new Error("unreachable: the cart was just created");
    // Everything the checks read, sent together: postgres.js pipelines the queries of one connection,
    // so they cost one round trip (and one socket write) instead of one each.
    const [showtime, seatRows, { ticketTypeById: typeById }, held, ticketCap] = await Promise.all([
      loadBookableShowtime(tx, input.showtimeId, at),
      tx
        .select({ id: seats.id, kind: seats.kind, rowLabel: seats.rowLabel, number: seats.number })
        .from(seats)
        .where(and(inArray(seats.id, seatIds), eq(seats.screenId, screenOf(input.showtimeId)))),
      referenceData(tx),
      // What this cart already holds (live holds only: an expired one is as good as gone).
      liveHolds(tx, cartId, at),
      loadTicketCap(tx, { userId: input.userId, showtimeId: input.showtimeId, channel }),
    ]);
    if (seatRows.length !== seatIds.length) {
      throw new InvalidError("Some of those seats are not in this screen. Pick seats from the map.", {
        seats: ["Pick seats from the map."],
      });
    }
    const seatById = new Map(seatRows.map((s) => [s.id, s]));

    for (const typeId of new Set(input.seats.map((s) => s.ticketTypeId))) {
      const type = typeById.get(typeId);
      assertTicketTypeAllowed(type, { noDiscounts: showtime.noDiscounts, carerDeclared: input.carerDeclared });
    }

    if (newSeatsOnly) {
      const already = seatRows.filter((s) => held.some((h) => h.showtimeId === input.showtimeId && h.seatId === s.id));
      if (already.length > 0) {
        const labels = already.map((s) => seatLabel(s.rowLabel, s.number));
        throw new SeatsAlreadyHeldError(`${listPhrase(labels)} ${labels.length === 1 ? "is" : "are"} already in your cart.`, { seats: labels });
      }
    }
    const otherShowtimes = new Set(held.filter((h) => h.showtimeId !== input.showtimeId).map((h) => h.showtimeId));
    if (otherShowtimes.size + 1 > BOOKING_LIMITS.showtimesPerCart) {
      throw new InvalidError(
        `Your cart can hold seats for up to ${BOOKING_LIMITS.showtimesPerCart} showtimes. Check out or remove one first.`,
        { seats: [`Up to ${BOOKING_LIMITS.showtimesPerCart} showtimes in one cart.`] },
      );
    }
    const heldHere = held.filter((h) => h.showtimeId === input.showtimeId && !seatById.has(h.seatId));
    // Seats added to a showtime already in the cart join its holds' expiry: one countdown per showtime.
    const heldUntil = held
      .filter((h) => h.showtimeId === input.showtimeId)
      .reduce((earliest, h) => (h.heldUntil < earliest ? h.heldUntil : earliest), newExpiry);
    if (heldHere.length + seatIds.length > BOOKING_LIMITS.seatsPerShowtime) {
      const left = BOOKING_LIMITS.seatsPerShowtime - heldHere.length;
      throw new InvalidError(
        `You can hold up to ${BOOKING_LIMITS.seatsPerShowtime} seats for one showtime` +
          (heldHere.length > 0 ? `; you already hold ${heldHere.length}, so you can add ${Math.max(0, left)} more.` : "."),
        { seats: [`Up to ${BOOKING_LIMITS.seatsPerShowtime} seats per showtime.`] },
      );
    }

    ticketCap(heldHere.length + seatIds.length);

    const wantsHeldBack = seatRows.some((s) => isHeldBackKind(s.kind));
    // Also asked when the cart already has held-back seats here (taken once they were on general sale),
    // so the companion rule below judges them as they were sold.
    const released =
      wantsHeldBack || heldHere.some((h) => isHeldBackKind(h.kind))
        ? await generalSeatsAllTaken(tx, showtime.screenId, input.showtimeId, at, seatIds)
        : false;
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
    // The seat event goes in the same round trip: a NOTIFY is delivered only if the transaction
    // commits, so a claim that comes back short (and rolls back below) announces nothing.
    const [claimed] = await Promise.all([
      tx
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
          heldUntil: sql`case when ${seatClaims.cartId} = excluded.cart_id and ${isLiveClaim(at)}
            then ${seatClaims.heldUntil} else excluded.held_until end`,
          ticketTypeId: sql`excluded.ticket_type_id`,
          wheelchairDeclared: sql`excluded.wheelchair_declared`,
          createdAt: sql`excluded.created_at`,
        },
        setWhere: sql`${isExpiredHold(at)} or ${seatClaims.cartId} = excluded.cart_id`,
      })
      .returning({ seatId: seatClaims.seatId, heldUntil: seatClaims.heldUntil }),
      notifySeatChanges(tx, input.showtimeId, seatIds.map((seatId) => ({ seatId, status: "held" }))),
    ]);

    if (claimed.length < seatIds.length) {
      const got = new Set(claimed.map((c) => c.seatId));
      const taken = seatRows.filter((s) => !got.has(s.id)).map((s) => seatLabel(s.rowLabel, s.number));
      // Throwing rolls the whole transaction back: the seats that were free are not kept either.
      throw new SeatsTakenError(
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
    await notifySeatChanges(tx, input.showtimeId, [{ seatId: input.seatId, status: "available" }]);
  });
}

/** Changes the ticket type of a held seat (the hold keeps its expiry). */
export async function changeHeldTicketType(input: {
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
    const type = (await referenceData(tx)).ticketTypeById.get(input.ticketTypeId);
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
          isLiveClaim(at),
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
    const deleted = await tx
      .delete(seatClaims)
      .where(and(eq(seatClaims.cartId, cartId), isNull(seatClaims.ticketId)))
      .returning({ showtimeId: seatClaims.showtimeId, seatId: seatClaims.seatId });
    await notifySeatRows(tx, deleted, "available");
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

function listPhrase(items: string[]) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("; ")} and ${items[items.length - 1]}`;
}
