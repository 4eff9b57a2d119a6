import "server-only";
import { createElement } from "react";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { cinemas, movies, orderChanges, orders, seats, showtimes, tickets, users } from "@/db/schema";
import ReservationReleased from "@/emails/reservation-released";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";
import { formatShowDateTime } from "@/lib/time/format";
import { seatLabel } from "@/lib/venues/seat-label";
import { log } from "@/lib/log/logger";
import { notifySafely, orderUrl } from "./notifications";
import { payAtCinema } from "./payments/pay-at-cinema";
import { describeCutoff } from "./policy";
import { loadBookingPolicy } from "./pricing-inputs";
import { releaseTickets } from "./release-seats";

/**
 * Pay-at-cinema seats that are still unpaid a set time before their showtime (a booking policy
 * setting) go back on sale, and the customer is told by email; staff marking the order paid at the
 * box office keeps them. Runs on every instance at once (lib/server-start.ts): each order is taken
 * with FOR UPDATE SKIP LOCKED, so two sweeps never release the same order, and a sweep never waits
 * for (or undoes) a "Mark paid" in progress.
 */
const ORDERS_PER_SWEEP = 50;

export type ReleasedReservation = { orderId: string; number: string; ticketIds: string[]; wholeOrder: boolean };

export async function releaseUnpaidReservations(db: Db): Promise<ReleasedReservation[]> {
  const policy = await loadBookingPolicy(db);
  const at = now();
  const releaseFrom = new Date(at.getTime() + policy.releaseUnpaidMinutes * 60_000);
  const released: ReleasedReservation[] = [];
  for (let i = 0; i < ORDERS_PER_SWEEP; i++) {
    const one = await db.transaction(async (tx) => {
      // One due order nobody else is working on; its row lock is held until this transaction ends.
      const [order] = await tx
        .select({ id: orders.id, number: orders.number })
        .from(orders)
        .where(
          and(
            eq(orders.status, "confirmed"),
            eq(orders.paymentStatus, "unpaid"),
            eq(orders.paymentMethod, payAtCinema.id),
            sql`exists (select 1 from ${tickets} join ${showtimes} on ${showtimes.id} = ${tickets.showtimeId}
              where ${tickets.orderId} = ${orders.id} and ${tickets.status} = 'valid' and ${showtimes.startsAt} <= ${releaseFrom.toISOString()}::timestamptz)`,
          ),
        )
        .orderBy(asc(orders.createdAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!order) return null;
      const due = await tx
        .select({ id: tickets.id })
        .from(tickets)
        .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
        .where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid"), lte(showtimes.startsAt, releaseFrom)));
      const ticketIds = await releaseTickets(tx, due.map((t) => t.id), at);
      const [{ left }] = await tx
        .select({ left: sql<number>`count(*)::int` })
        .from(tickets)
        .where(and(eq(tickets.orderId, order.id), eq(tickets.status, "valid")));
      const wholeOrder = left === 0;
      if (wholeOrder) {
        await tx
          .update(orders)
          .set({ status: "cancelled", cancelledAt: at, cancelReason: "Not paid before the showtime: the seats were released." })
          .where(eq(orders.id, order.id));
      }
      await tx.insert(orderChanges).values(
        ticketIds.map((ticketId) => ({
          orderId: order.id,
          ticketId,
          kind: "reservation_released" as const,
          reason: `Unpaid ${describeCutoff(policy.releaseUnpaidMinutes)} before the showtime`,
          details: { releaseUnpaidMinutes: policy.releaseUnpaidMinutes },
        })),
      );
      return { orderId: order.id, number: order.number, ticketIds, wholeOrder };
    });
    if (!one) break;
    released.push(one);
    await notifySafely("reservation released", () => sendReleasedEmail(db, one.ticketIds, policy.releaseUnpaidMinutes));
  }
  return released;
}

async function sendReleasedEmail(db: Db, ticketIds: string[], releaseUnpaidMinutes: number) {
  const rows = await withShowtimeDetails(
    db
      .select({
        orderNumber: orders.number,
        email: users.email,
        name: users.name,
        movieTitle: movies.title,
        cinemaName: cinemas.name,
        startsAt: showtimes.startsAt,
        timeZone: cinemas.timeZone,
        rowLabel: seats.rowLabel,
        seatNumber: seats.number,
      })
      .from(tickets)
      .innerJoin(orders, eq(orders.id, tickets.orderId))
      .innerJoin(users, eq(users.id, orders.userId))
      .innerJoin(seats, eq(seats.id, tickets.seatId))
      .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
      .$dynamic(),
  )
    .where(inArray(tickets.id, ticketIds))
    .orderBy(asc(showtimes.startsAt), asc(seats.rowLabel), asc(seats.number));
  const first = rows[0];
  if (!first) return;
  const when = formatShowDateTime(first.startsAt, first.timeZone);
  await sendEmail({
    to: first.email,
    subject: `Seats released: ${first.movieTitle} on ${when}`,
    template: "reservation-released",
    react: createElement(ReservationReleased, {
      name: first.name,
      orderNumber: first.orderNumber,
      movieTitle: first.movieTitle,
      cinemaName: first.cinemaName,
      when,
      seats: rows.map((r) => seatLabel(r.rowLabel, r.seatNumber)),
      releasedBefore: describeCutoff(releaseUnpaidMinutes),
      orderUrl: orderUrl(first.orderNumber),
    }),
  });
}

/** Every minute, on every instance: the release time is a policy in minutes, so a minute's lag is fine. */
export function startUnpaidReleaseSweep(everyMs = 60_000) {
  const timer = setInterval(() => {
    getDb()
      .then(releaseUnpaidReservations)
      .catch((error: unknown) => log.error({ err: error }, "unpaid reservation release failed"));
  }, everyMs);
  timer.unref();
  return timer;
}
