import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  accounts,
  cinemas,
  emails,
  movies,
  orders,
  passkeys,
  screens,
  seats,
  sessions,
  showtimes,
  ticketTypes,
  tickets,
  totpCredentials,
  users,
} from "@/db/schema";
import { now } from "@/lib/clock";
import { listSecurityEvents } from "./security-log";

/**
 * Everything Marquee holds about one person, as one JSON document (the "download your data" right):
 * profile, sign-in methods, orders with their tickets, sessions, the security log and the emails we
 * sent. Secrets (password hash, TOTP secret, passkey keys, token hashes) are described, never exported.
 */
export async function exportAccountData(userId: string) {
  const db = await getDb();
  const [profile] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerifiedAt: users.emailVerified,
      role: users.role,
      memberSince: users.createdAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) return null;
  const [linked, keys, totp, orderRows, sessionRows, securityLog, sentEmails] = await Promise.all([
    db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId)),
    db
      .select({ name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
      .from(passkeys)
      .where(eq(passkeys.userId, userId)),
    db.select({ confirmedAt: totpCredentials.confirmedAt }).from(totpCredentials).where(eq(totpCredentials.userId, userId)),
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        paymentStatus: orders.paymentStatus,
        paymentMethod: orders.paymentMethod,
        currency: orders.currency,
        totalMinor: orders.totalMinor,
        refundedMinor: orders.refundedMinor,
        createdAt: orders.createdAt,
        cancelledAt: orders.cancelledAt,
      })
      .from(orders)
      .where(eq(orders.userId, userId))
      .orderBy(desc(orders.createdAt)),
    db
      .select({
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        revokedAt: sessions.revokedAt,
        userAgent: sessions.userAgent,
        ipAddress: sessions.ipAddress,
      })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.createdAt)),
    listSecurityEvents(userId, { days: null }),
    db
      .select({ subject: emails.subject, createdAt: emails.createdAt, status: emails.status })
      .from(emails)
      .where(eq(sql`lower(${emails.to})`, profile.email.toLowerCase()))
      .orderBy(desc(emails.createdAt)),
  ]);
  const ticketRows = orderRows.length
    ? await db
        .select({
          orderId: tickets.orderId,
          code: tickets.code,
          status: tickets.status,
          priceMinor: tickets.priceMinor,
          bookingFeeMinor: tickets.bookingFeeMinor,
          refundMinor: tickets.refundMinor,
          ticketType: ticketTypes.name,
          row: seats.rowLabel,
          seat: seats.number,
          movie: movies.title,
          cinema: cinemas.name,
          startsAt: showtimes.startsAt,
        })
        .from(tickets)
        .innerJoin(ticketTypes, eq(ticketTypes.id, tickets.ticketTypeId))
        .innerJoin(seats, eq(seats.id, tickets.seatId))
        .innerJoin(showtimes, eq(showtimes.id, tickets.showtimeId))
        .innerJoin(movies, eq(movies.id, showtimes.movieId))
        .innerJoin(screens, eq(screens.id, showtimes.screenId))
        .innerJoin(cinemas, eq(cinemas.id, screens.cinemaId))
        .where(inArray(tickets.orderId, orderRows.map((order) => order.id)))
        .orderBy(asc(showtimes.startsAt), asc(seats.rowLabel), asc(seats.number))
    : [];
  const { hasPassword, ...person } = profile;
  return {
    exportedAt: now().toISOString(),
    profile: person,
    signInMethods: {
      password: hasPassword,
      linkedAccounts: linked.map((row) => row.provider),
      authenticatorApp: totp.some((row) => row.confirmedAt !== null),
      passkeys: keys,
    },
    orders: orderRows.map(({ id, ...order }) => ({
      ...order,
      tickets: ticketRows.filter((ticket) => ticket.orderId === id).map((ticket) => omit(ticket, "orderId")),
    })),
    sessions: sessionRows,
    securityLog: securityLog.map((event) => omit(event, "id")),
    emailsSent: sentEmails,
  };
}

/** A row without an internal key that means nothing outside our database. */
function omit<Row extends object, Key extends keyof Row>(row: Row, key: Key): Omit<Row, Key> {
  const copy = { ...row };
  delete copy[key];
  return copy;
}
