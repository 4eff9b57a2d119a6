import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { carts, cinemas, movies, orders, seatClaims, seats, showtimes, tickets } from "@/db/schema";
import { assertTicketCap, recheckShowtime } from "@/lib/booking/hold-checks";
import { sumPrices } from "@/lib/booking/pricing";
import { isLiveClaim } from "@/lib/booking/seat-claims";
import { now } from "@/lib/clock";
import { ConflictError, InvalidError } from "@/lib/errors";
import { formatShowDateTime } from "@/lib/time/format";
import { isUniqueViolation } from "@/lib/postgres/errors";
import { newOrderNumber, newTicketCode } from "./order-number";
import { assertOnlineMethodAllowed, defaultPaymentMethod, type PaymentMethod } from "./payments";
import { loadBookingPolicy, priceRequests } from "./pricing-inputs";
import { notifySeatRows } from "@/lib/booking/seat-events";
import { seatLabel } from "@/lib/venues/seat-label";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

/**
 * Checkout: the cart's held seats become sold tickets of one new order, in one transaction, or
 * nothing is sold. The cart row lock serialises one customer's checkouts (a double click waits for
 * the first, then finds its order by the idempotency key); the seat rows themselves are protected by
 * seat_claims' primary key and the live-claim condition (lib/booking/seat-claims.ts) on the update that sells them.
 */
export type LostSeat = { showtimeId: string; seatId: string; label: string };

/** Some seats the customer saw in the cart are no longer theirs: nothing was sold. */
export class SeatsLostError extends ConflictError {
  constructor(readonly lostSeats: LostSeat[]) {
    super(
      `${lostSeats.length === 1 ? "This seat is" : "These seats are"} no longer held for you: ${lostSeats
        .map((s) => s.label)
        .join("; ")}. Nothing was booked; the rest of your seats are still in your cart.`,
    );
  }
}

export type CheckoutInput = {
  userId: string;
  idempotencyKey: string;
  /**
   * The claims the customer saw priced on the checkout page ("showtimeId:seatId"). A seat among them
   * that is no longer held is reported as lost; a seat added since (another tab) asks for a review.
   */
  expectedSeats?: string[];
  paymentMethod?: PaymentMethod;
  /** "box_office" when staff sell at the counter from their own cart. */
  channel?: "online" | "box_office";
};

export type PlacedOrder = { id: string; number: string; status: (typeof orders.$inferSelect)["status"]; created: boolean };

const ORDER_NUMBER_ATTEMPTS = 5;

export async function checkoutCart(db: Db, input: CheckoutInput): Promise<PlacedOrder> {
  try {
    return await db.transaction((tx) => checkoutCartInTransaction(tx, input));
  } catch (error) {
    // Two submits that got past the cart lock together (no cart row yet): the first one's order wins.
    if (isUniqueViolation(error, "orders_user_id_idempotency_key_key")) {
      const existing = await findByIdempotencyKey(db, input.userId, input.idempotencyKey);
      if (existing) return { ...existing, created: false };
    }
    throw error;
  }
}

async function findByIdempotencyKey(db: Db | Tx, userId: string, idempotencyKey: string) {
  const [existing] = await db
    .select({ id: orders.id, number: orders.number, status: orders.status })
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.idempotencyKey, idempotencyKey)));
  return existing;
}

async function checkoutCartInTransaction(tx: Tx, input: CheckoutInput): Promise<PlacedOrder> {
  const [cart] = await tx
    .select({ id: carts.id })
    .from(carts)
    .where(eq(carts.userId, input.userId))
    .for("update");
  // Read after the lock: a concurrent submit of the same form has committed by now.
  const existing = await findByIdempotencyKey(tx, input.userId, input.idempotencyKey);
  if (existing) return { ...existing, created: false };
  if (!cart) throw new InvalidError("Your cart is empty. Choose seats for a showtime first.");

  const at = now();
  const held = await loadHeldClaims(tx, cart.id, at);
  const lost = await findLostSeats(tx, held, input.expectedSeats);
  if (lost.length > 0) throw new SeatsLostError(lost);
  if (held.length === 0) throw new InvalidError("Your cart is empty. Choose seats for a showtime first.");
  if (input.expectedSeats) {
    const expected = new Set(input.expectedSeats);
    if (held.some((claim) => !expected.has(claimKey(claim)))) {
      throw new ConflictError("Your cart changed in another window. Check the seats and prices below, then place the order.");
    }
  }
  const unbookable = held.filter((claim) => claim.showtimeStatus !== "scheduled" || claim.startsAt <= at);
  if (unbookable.length > 0) {
    const notOnSale = unbookable.map(lostSeatOf).map((seat) => ({ ...seat, label: `${seat.label} (no longer on sale)` }));
    throw new SeatsLostError(notOnSale);
  }
  // The holds were checked when taken, but a ticket type may have been withdrawn since, or a seat
  // of the mix expired: what is sold must still be a valid booking, showtime by showtime.
  for (const showtimeId of new Set(held.map((claim) => claim.showtimeId))) {
    await recheckShowtime(tx, cart.id, showtimeId, at, "Change the seats in your cart, then place the order.", { ticketTypes: true });
    const inCart = held.filter((claim) => claim.showtimeId === showtimeId).length;
    await assertTicketCap(tx, { userId: input.userId, showtimeId, inCart, channel: input.channel });
  }
  const currencies = new Set(held.map((claim) => claim.currency));
  if (currencies.size !== 1) throw new InvalidError("Seats priced in different currencies must be booked separately.");

  const policy = await loadBookingPolicy(tx);
  const prices = await priceRequests(tx, held, policy);
  const totals = sumPrices(prices);
  const method = input.paymentMethod ?? defaultPaymentMethod();
  if (input.channel !== "box_office") assertOnlineMethodAllowed(method, { payAtCinemaAllowed: held.every((claim) => claim.payAtCinema) });

  const order = await insertOrder(tx, {
    userId: input.userId,
    idempotencyKey: input.idempotencyKey,
    paymentMethod: method.id,
    channel: input.channel ?? "online",
    currency: held[0].currency,
    ...totals,
  });
  const ticketRows = await tx
    .insert(tickets)
    .values(
      held.map((claim, i) => ({
        orderId: order.id,
        showtimeId: claim.showtimeId,
        seatId: claim.seatId,
        ticketTypeId: claim.ticketTypeId,
        priceMinor: prices[i].priceMinor,
        bookingFeeMinor: prices[i].bookingFeeMinor,
        code: newTicketCode(),
      })),
    )
    .returning({ id: tickets.id, showtimeId: tickets.showtimeId, seatId: tickets.seatId });

  for (const ticket of ticketRows) {
    // Sold in place: the row stays the seat's one claim, so no other cart can slip in between.
    const sold = await tx
      .update(seatClaims)
      .set({ cartId: null, heldUntil: null, ticketId: ticket.id })
      .where(
        and(
          eq(seatClaims.showtimeId, ticket.showtimeId),
          eq(seatClaims.seatId, ticket.seatId),
          eq(seatClaims.cartId, cart.id),
          isLiveClaim(at),
        ),
      )
      .returning({ seatId: seatClaims.seatId });
    if (sold.length !== 1) {
      const claim = held.find((c) => c.seatId === ticket.seatId && c.showtimeId === ticket.showtimeId);
      throw new SeatsLostError(claim ? [lostSeatOf(claim)] : []);
    }
  }

  await notifySeatRows(tx, ticketRows, "sold");

  const firstStart = held.reduce((min, claim) => (claim.startsAt < min ? claim.startsAt : min), held[0].startsAt);
  const payment = await method.authorize(tx, {
    orderNumber: order.number,
    userId: input.userId,
    amountMinor: totals.totalMinor,
    currency: held[0].currency,
    firstShowtimeStartsAt: firstStart,
  });
  const awaiting = payment.status === "awaiting_provider";
  await tx
    .update(orders)
    .set(awaiting ? { status: "pending_payment", paymentExpiresAt: payment.expiresAt } : { paymentStatus: payment.status, payBy: payment.payBy })
    .where(eq(orders.id, order.id));
  return { id: order.id, number: order.number, status: awaiting ? "pending_payment" : "confirmed", created: true };
}

type NewOrder = Omit<typeof orders.$inferInsert, "number">;

async function insertOrder(tx: Tx, values: NewOrder) {
  for (let attempt = 0; attempt < ORDER_NUMBER_ATTEMPTS; attempt++) {
    const [order] = await tx
      .insert(orders)
      .values({ ...values, number: newOrderNumber() })
      .onConflictDoNothing({ target: orders.number })
      .returning({ id: orders.id, number: orders.number });
    if (order) return order;
  }
  throw new Error(`checkout: no free order number after ${ORDER_NUMBER_ATTEMPTS} attempts`);
}

export type HeldClaim = Awaited<ReturnType<typeof loadHeldClaims>>[number];

/** The cart's unexpired holds, with what is needed to check and describe them. */
export async function loadHeldClaims(db: Db | Tx, cartId: string, at: Date) {
  return withShowtimeDetails(db
    .select({
      showtimeId: seatClaims.showtimeId,
      seatId: seatClaims.seatId,
      ticketTypeId: seatClaims.ticketTypeId,
      heldUntil: seatClaims.heldUntil,
      rowLabel: seats.rowLabel,
      seatNumber: seats.number,
      startsAt: showtimes.startsAt,
      showtimeStatus: showtimes.status,
      currency: showtimes.currency,
      movieTitle: movies.title,
      timeZone: cinemas.timeZone,
      payAtCinema: cinemas.payAtCinema,
    })
    .from(seatClaims)
    .innerJoin(seats, eq(seats.id, seatClaims.seatId))
    .innerJoin(showtimes, eq(showtimes.id, seatClaims.showtimeId))
    .$dynamic())
    .where(and(eq(seatClaims.cartId, cartId), isLiveClaim(at)))
    .orderBy(asc(showtimes.startsAt), asc(seats.rowLabel), asc(seats.number));
}

export function claimKey(claim: { showtimeId: string; seatId: string }) {
  return `${claim.showtimeId}:${claim.seatId}`;
}

function lostSeatOf(claim: {
  showtimeId: string;
  seatId: string;
  rowLabel: string;
  seatNumber: number;
  movieTitle: string;
  startsAt: Date;
  timeZone: string;
}): LostSeat {
  return {
    showtimeId: claim.showtimeId,
    seatId: claim.seatId,
    label: `${seatLabel(claim.rowLabel, claim.seatNumber)} for ${claim.movieTitle}, ${formatShowDateTime(claim.startsAt, claim.timeZone)}`,
  };
}

/** Expected seats that are not among the live holds: expired, or taken over by another cart. */
async function findLostSeats(tx: Tx, held: HeldClaim[], expectedSeats: string[] | undefined): Promise<LostSeat[]> {
  if (!expectedSeats) return [];
  const heldKeys = new Set(held.map(claimKey));
  const missing = expectedSeats
    .map((key) => key.split(":"))
    .filter((parts): parts is [string, string] => parts.length === 2 && !heldKeys.has(parts.join(":")));
  if (missing.length === 0) return [];
  const seatIds = missing.map(([, seatId]) => seatId);
  const showtimeIds = missing.map(([showtimeId]) => showtimeId);
  const rows = await withShowtimeDetails(tx
    .select({
      showtimeId: showtimes.id,
      seatId: seats.id,
      rowLabel: seats.rowLabel,
      seatNumber: seats.number,
      startsAt: showtimes.startsAt,
      movieTitle: movies.title,
      timeZone: cinemas.timeZone,
    })
    .from(seats)
    .innerJoin(showtimes, eq(showtimes.screenId, seats.screenId))
    .$dynamic())
    .where(and(inArray(seats.id, seatIds), inArray(showtimes.id, showtimeIds)))
    .orderBy(asc(seats.rowLabel), asc(seats.number));
  const wanted = new Set(missing.map((parts) => parts.join(":")));
  const found = rows.filter((row) => wanted.has(claimKey(row))).map(lostSeatOf);
  // A key that names no seat of its showtime is a forged form: still refuse, without details.
  return found.length > 0 ? found : [{ showtimeId: "", seatId: "", label: "a seat that is no longer available" }];
}
