import "server-only";
import { and, count, eq, isNull, ne, notInArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { carts, orders, seatClaims, seats, showtimes, tickets, ticketTypes } from "@/db/schema";
import { loadBookingPolicy } from "@/lib/orders/pricing-inputs";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { seatLabel } from "@/lib/venues/seat-label";
import { isLiveClaim, liveClaimOnSeat } from "./seat-claims";
import { checkComposition, HELD_BACK_SEAT_KINDS, isHeldBackKind, withHint, type HeldSeat } from "./rules";

/** The checks holds.ts runs inside its transactions, each reading through that transaction. */

/**
 * Locks the customer's cart row for the rest of the transaction. The upsert's DO UPDATE takes the
 * same row lock as SELECT … FOR UPDATE, and also covers two first requests racing to create it.
 */
export async function lockCart(tx: Tx, userId: string, { create }: { create: boolean }): Promise<string | null> {
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
export async function loadBookableShowtime(tx: Tx, showtimeId: string, at: Date) {
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

/** The showtime's screen, as a subquery: seats can be read in the same round trip as the showtime. */
export function screenOf(showtimeId: string) {
  return sql`(select ${showtimes.screenId} from ${showtimes} where ${showtimes.id} = ${showtimeId})`;
}

export function assertTicketTypeAllowed(
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

/**
 * One customer's live tickets for one showtime, across all their online orders, plus what their cart
 * holds and is adding, stay within the policy's cap, so no single account can reserve a screening.
 * A box-office sale is exempt: staff sell from their own cart to many walk-ins, and the tickets they
 * sold (box_office orders) are not theirs, so they never count against anyone's cap either.
 * Reads what the cap needs and returns the check, so a caller can send the read with its others.
 */
export async function loadTicketCap(
  tx: Tx,
  input: { userId: string; showtimeId: string; channel?: "online" | "box_office" },
): Promise<(inCart: number) => void> {
  if (input.channel === "box_office") return () => {};
  const [policy, [row]] = await Promise.all([
    loadBookingPolicy(tx),
    tx
      .select({ owned: count() })
      .from(tickets)
      .innerJoin(orders, eq(orders.id, tickets.orderId))
      .where(
        and(
          eq(orders.userId, input.userId),
          eq(orders.channel, "online"),
          eq(tickets.showtimeId, input.showtimeId),
          ne(tickets.status, "cancelled"),
        ),
      ),
  ]);
  const owned = row?.owned ?? 0;
  const max = policy.maxTicketsPerShowtime;
  return (inCart) => {
    if (owned + inCart <= max) return;
    throw new InvalidError(
      `You can have up to ${max} tickets for one showtime` +
        (owned > 0 ? `; you already have ${owned} in your orders, so you can add ${Math.max(0, max - owned)} more.` : "."),
      { seats: [`Up to ${max} tickets per showtime.`] },
    );
  };
}

export async function assertTicketCap(
  tx: Tx,
  input: { userId: string; showtimeId: string; inCart: number; channel?: "online" | "box_office" },
) {
  (await loadTicketCap(tx, input))(input.inCart);
}

export type LiveHold = {
  showtimeId: string;
  seatId: string;
  kind: HeldSeat["kind"];
  isCarer: boolean;
  label: string;
  heldUntil: Date;
  ticketType: { name: string; active: boolean; isDiscount: boolean; isCarer: boolean };
};

export async function liveHolds(tx: Tx, cartId: string, at: Date): Promise<LiveHold[]> {
  const rows = await tx
    .select({
      showtimeId: seatClaims.showtimeId,
      seatId: seatClaims.seatId,
      kind: seats.kind,
      rowLabel: seats.rowLabel,
      number: seats.number,
      isCarer: ticketTypes.isCarer,
      heldUntil: seatClaims.heldUntil,
      ticketType: { name: ticketTypes.name, active: ticketTypes.active, isDiscount: ticketTypes.isDiscount, isCarer: ticketTypes.isCarer },
    })
    .from(seatClaims)
    .innerJoin(seats, eq(seats.id, seatClaims.seatId))
    .innerJoin(ticketTypes, eq(ticketTypes.id, seatClaims.ticketTypeId))
    .where(and(eq(seatClaims.cartId, cartId), isLiveClaim(at)));
  // A live hold always has its expiry (the table's check); `at` only satisfies the type.
  return rows.map((r) => ({ ...r, heldUntil: r.heldUntil ?? at, label: seatLabel(r.rowLabel, r.number) }));
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
    .leftJoin(seatClaims, liveClaimOnSeat(showtimeId, at))
    .where(
      and(
        eq(seats.screenId, screenId),
        notInArray(seats.kind, [...HELD_BACK_SEAT_KINDS]),
        isNull(seatClaims.seatId),
        alsoTaken.length > 0 ? notInArray(seats.id, alsoTaken) : undefined,
      ),
    );
  return (row?.free ?? 0) === 0;
}

/**
 * The cart's holds for one showtime still make a valid booking: the seat mix (companions with a
 * wheelchair space, carers with a paying ticket) and, at checkout, every ticket type still on sale
 * here. Run after every cart change and again inside the checkout transaction, which sells exactly
 * what it checked. Removing seats never trips over a withdrawn ticket type: only selling does.
 */
export async function recheckShowtime(
  tx: Tx,
  cartId: string,
  showtimeId: string,
  at: Date,
  hint: string,
  { ticketTypes: checkTypes = false }: { ticketTypes?: boolean } = {},
) {
  const held = (await liveHolds(tx, cartId, at)).filter((h) => h.showtimeId === showtimeId);
  if (held.length === 0) return;
  const needsRelease = held.some((h) => isHeldBackKind(h.kind));
  const [showtime] = await tx
    .select({ screenId: showtimes.screenId, noDiscounts: showtimes.noDiscounts })
    .from(showtimes)
    .where(eq(showtimes.id, showtimeId));
  const released = needsRelease && showtime ? await generalSeatsAllTaken(tx, showtime.screenId, showtimeId, at) : false;
  withHint(hint, () => {
    // The carer declaration is judged by the seat mix below: a carer ticket needs a paying one.
    if (checkTypes) for (const hold of held) assertTicketTypeAllowed(hold.ticketType, { noDiscounts: showtime?.noDiscounts ?? false, carerDeclared: true });
    checkComposition(held, { released });
  });
}
