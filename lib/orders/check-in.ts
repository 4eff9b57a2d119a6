import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { recordAudit } from "@/lib/audit";
import { cinemas, movies, orderChanges, orders, screens, seats, showtimes, ticketTypes, tickets } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/errors";
import { formatShowDateTime, formatShowTime } from "@/lib/time/format";
import type { BookingPolicy } from "./policy";
import { loadBookingPolicy } from "./pricing-inputs";
import { verifyTicketCode } from "./ticket-codes";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

/**
 * Door check-in: the signature is checked first (a forged code never reaches the database), then the
 * ticket is marked used by one conditional UPDATE, so two scanners scanning the same ticket at once
 * admit it once; the second is told when it was used.
 */
export type CheckedInTicket = Awaited<ReturnType<typeof ticketByCode>> & { usedAt: Date };

async function ticketByCode(db: Db, code: string) {
  const [ticket] = await withShowtimeDetails(db
    .select({
      id: tickets.id,
      orderId: tickets.orderId,
      status: tickets.status,
      usedAt: tickets.usedAt,
      orderNumber: orders.number,
      orderStatus: orders.status,
      paymentStatus: orders.paymentStatus,
      totalMinor: orders.totalMinor,
      currency: orders.currency,
      rowLabel: seats.rowLabel,
      seatNumber: seats.number,
      ticketTypeName: ticketTypes.name,
      idMayBeChecked: ticketTypes.idMayBeChecked,
      movieTitle: movies.title,
      startsAt: showtimes.startsAt,
      showtimeStatus: showtimes.status,
      screenName: screens.name,
      cinemaName: cinemas.name,
      timeZone: cinemas.timeZone,
    })
    .from(tickets)
    .innerJoin(orders, eq(orders.id, tickets.orderId))
    .innerJoin(seats, eq(seats.id, tickets.seatId))
    .innerJoin(ticketTypes, eq(ticketTypes.id, tickets.ticketTypeId))
    .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
    .$dynamic())
    .where(eq(tickets.code, code));
  return ticket;
}

function refuseNotValid(ticket: { status: string; usedAt: Date | null; timeZone: string }): never {
  if (ticket.status === "cancelled") throw new ConflictError("This ticket was cancelled.");
  const when = ticket.usedAt ? formatShowDateTime(ticket.usedAt, ticket.timeZone) : "earlier";
  throw new ConflictError(`Already checked in: this ticket was used on ${when}.`);
}

/** The door admits a ticket only around its own showtime's start (the window is a booking policy setting). */
function assertInCheckInWindow(
  ticket: { startsAt: Date; timeZone: string; movieTitle: string },
  policy: Pick<BookingPolicy, "checkInOpensMinutes" | "checkInClosesMinutes">,
  at: Date,
) {
  const opens = new Date(ticket.startsAt.getTime() - policy.checkInOpensMinutes * 60_000);
  const closes = new Date(ticket.startsAt.getTime() + policy.checkInClosesMinutes * 60_000);
  const show = `${ticket.movieTitle} on ${formatShowDateTime(ticket.startsAt, ticket.timeZone)}`;
  if (at < opens) {
    throw new ConflictError(`Too early: this ticket is for ${show}. Check-in opens at ${formatShowTime(opens, ticket.timeZone)}.`);
  }
  if (at > closes) {
    throw new ConflictError(`Too late: this ticket was for ${show}. Check-in closed at ${formatShowTime(closes, ticket.timeZone)}.`);
  }
}

export async function checkInTicket(db: Db, input: { staffId: string; signedCode: string }): Promise<CheckedInTicket> {
  const code = verifyTicketCode(input.signedCode);
  if (!code) {
    throw new InvalidError("This is not a valid Marquee ticket code: its signature does not match.", {
      code: ["Not a valid ticket code. Scan again or type the code under the QR image."],
    });
  }
  const ticket = await ticketByCode(db, code);
  if (!ticket) throw new NotFoundError("No ticket has this code.");
  if (ticket.showtimeStatus === "cancelled") throw new ConflictError("This showtime was cancelled: the ticket is not valid.");
  if (ticket.status !== "valid") refuseNotValid(ticket);
  if (ticket.orderStatus === "pending_payment") throw new ConflictError("Not paid: this order's card payment has not gone through.");
  const at = now();
  assertInCheckInWindow(ticket, await loadBookingPolicy(db), at);
  const admitted = await db.transaction(async (tx) => {
    const [used] = await tx
      .update(tickets)
      .set({ status: "used", usedAt: at })
      .where(and(eq(tickets.id, ticket.id), eq(tickets.status, "valid")))
      .returning({ usedAt: tickets.usedAt });
    if (!used) return null;
    await tx.insert(orderChanges).values({ orderId: ticket.orderId, ticketId: ticket.id, kind: "checked_in", actorUserId: input.staffId });
    await recordAudit(tx, { actorUserId: input.staffId, action: "ticket.checked_in", entityType: "ticket", entityId: ticket.id, details: { orderNumber: ticket.orderNumber } });
    return used;
  });
  if (!admitted) refuseNotValid((await ticketByCode(db, code)) ?? { ...ticket, status: "used", usedAt: null });
  return { ...ticket, status: "used", usedAt: admitted.usedAt ?? at };
}
