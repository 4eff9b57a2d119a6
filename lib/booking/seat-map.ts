import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { carts, cinemas, formats, movies, screens, seatClaims, seats, showtimes } from "@/db/schema";
import { now } from "@/lib/clock";
import type { SeatKind } from "@/lib/venues/seat-layout";
import type { TicketPrice } from "./pricing";
import { listActiveTicketTypes, loadPriceContext, offeredFor, priceFor, type OfferedTicketType } from "./price-context";
import { isHeldBackKind } from "./rules";
import { liveClaimOnSeat } from "./seat-claims";
import { showtimeFeatureColumns } from "@/lib/scheduling/showtime-columns";
import type { ShowtimeFeatureFields } from "@/lib/scheduling/showtime-features";
import { withShowtimeDetails } from "@/lib/scheduling/showtime-joins";

/** A seat as one viewer sees it. */
export type SeatState = "available" | "held" | "sold" | "yours";

export type MapSeat = {
  id: string;
  rowLabel: string;
  number: number;
  kind: SeatKind;
  x: number;
  y: number;
  state: SeatState;
};

export type SeatAvailability = {
  /** seatId → state, for every seat that is not simply available. */
  taken: Record<string, Exclude<SeatState, "available">>;
  /** Every other seat is sold or held, so wheelchair spaces are on general sale. */
  heldBackReleased: boolean;
};

export type SeatMapShowtime = ShowtimeFeatureFields & {
  id: string;
  startsAt: Date;
  status: "scheduled" | "cancelled";
  cancelReason: string | null;
  bookable: boolean;
  basePriceMinor: number;
  currency: string;
  noDiscounts: boolean;
  movie: { title: string; slug: string; language: string; certificate: string; runtimeMinutes: number };
  cinema: { name: string; slug: string; timeZone: string };
  screenId: string;
  screenName: string;
  formatName: string;
  formatSurchargeMinor: number;
};

export type SeatMap = {
  showtime: SeatMapShowtime;
  seats: MapSeat[];
  columns: number;
  heldBackReleased: boolean;
  ticketTypes: OfferedTicketType[];
  /** ticketTypeId → seat kind → price */
  prices: Record<string, Partial<Record<SeatKind, TicketPrice>>>;
};

async function loadShowtime(db: Db, showtimeId: string): Promise<SeatMapShowtime | null> {
  const [row] = await withShowtimeDetails(db
    .select({
      id: showtimes.id,
      startsAt: showtimes.startsAt,
      status: showtimes.status,
      cancelReason: showtimes.cancelReason,
      basePriceMinor: showtimes.basePriceMinor,
      currency: showtimes.currency,
      noDiscounts: showtimes.noDiscounts,
      ...showtimeFeatureColumns,
      movieTitle: movies.title,
      movieSlug: movies.slug,
      movieLanguage: movies.language,
      certificate: movies.certificate,
      runtimeMinutes: movies.runtimeMinutes,
      cinemaName: cinemas.name,
      cinemaSlug: cinemas.slug,
      timeZone: cinemas.timeZone,
      screenId: screens.id,
      screenName: screens.name,
      formatName: formats.name,
      formatSurchargeMinor: formats.surchargeMinor,
    })
    .from(showtimes)
    .$dynamic())
    .where(eq(showtimes.id, showtimeId));
  if (!row) return null;
  const { movieTitle, movieSlug, movieLanguage, certificate, runtimeMinutes, cinemaName, cinemaSlug, timeZone, ...rest } = row;
  return {
    ...rest,
    bookable: row.status === "scheduled" && row.startsAt > now(),
    movie: { title: movieTitle, slug: movieSlug, language: movieLanguage, certificate, runtimeMinutes },
    cinema: { name: cinemaName, slug: cinemaSlug, timeZone },
  };
}

/** A seat of the screen with its live claim for one showtime, as every viewer shares it. */
type ClaimedSeat = Omit<MapSeat, "state"> & { sold: boolean; holderUserId: string | null; heldUntil: Date | null };

/** Every seat of the screen with its live claim for this showtime, if any, in one query. */
async function loadClaimedSeats(db: Db, screenId: string, showtimeId: string): Promise<ClaimedSeat[]> {
  const rows = await db
    .select({
      id: seats.id,
      rowLabel: seats.rowLabel,
      number: seats.number,
      kind: seats.kind,
      x: seats.x,
      y: seats.y,
      claimedSeat: seatClaims.seatId,
      ticketId: seatClaims.ticketId,
      heldUntil: seatClaims.heldUntil,
      holderUserId: carts.userId,
    })
    .from(seats)
    // An expired hold is simply not counted.
    .leftJoin(seatClaims, liveClaimOnSeat(showtimeId, now()))
    .leftJoin(carts, eq(carts.id, seatClaims.cartId))
    .where(eq(seats.screenId, screenId))
    .orderBy(asc(seats.y), asc(seats.x));
  return rows.map(({ claimedSeat, ticketId, holderUserId, heldUntil, ...seat }) => ({
    ...seat,
    sold: claimedSeat !== null && ticketId !== null,
    holderUserId: claimedSeat !== null && ticketId === null ? holderUserId : null,
    heldUntil: claimedSeat !== null && ticketId === null ? heldUntil : null,
  }));
}

function stateFor(seat: ClaimedSeat, viewerUserId: string | null): SeatState {
  if (seat.sold) return "sold";
  if (!seat.holderUserId) return "available";
  return viewerUserId && seat.holderUserId === viewerUserId ? "yours" : "held";
}

async function loadSeats(db: Db, screenId: string, showtimeId: string, viewerUserId: string | null): Promise<MapSeat[]> {
  const claimed = await loadClaimedSeats(db, screenId, showtimeId);
  return claimed.map(({ sold, holderUserId, heldUntil, ...seat }) => ({
    ...seat,
    state: stateFor({ ...seat, sold, holderUserId, heldUntil }, viewerUserId),
  }));
}

function releasedFrom(seatList: { kind: SeatKind; state: SeatState }[]) {
  return !seatList.some((s) => !isHeldBackKind(s.kind) && s.state === "available");
}

export async function getSeatMap(showtimeId: string, viewerUserId: string | null): Promise<SeatMap | null> {
  const db = await getDb();
  const showtime = await loadShowtime(db, showtimeId);
  if (!showtime) return null;
  const [seatList, context, types] = await Promise.all([
    loadSeats(db, showtime.screenId, showtimeId, viewerUserId),
    loadPriceContext(db, [showtimeId]),
    listActiveTicketTypes(db),
  ]);
  const offered = offeredFor(types, showtime.noDiscounts);
  const kinds = [...new Set(seatList.map((s) => s.kind))];
  const prices: SeatMap["prices"] = {};
  for (const type of offered) {
    prices[type.id] = Object.fromEntries(kinds.map((kind) => [kind, priceFor(context, showtime, type, kind)]));
  }
  return {
    showtime,
    seats: seatList,
    columns: seatList.reduce((max, s) => Math.max(max, s.x + 1), 0),
    heldBackReleased: releasedFrom(seatList),
    ticketTypes: offered,
    prices,
  };
}

/** Everything availability needs about one showtime, the same for every viewer (the cache keeps it). */
export type AvailabilitySnapshot = {
  seats: ClaimedSeat[];
  status: "scheduled" | "cancelled";
  startsAt: Date;
};

export async function loadAvailabilitySnapshot(showtimeId: string): Promise<AvailabilitySnapshot | null> {
  const db = await getDb();
  const [showtime] = await db
    .select({ screenId: showtimes.screenId, status: showtimes.status, startsAt: showtimes.startsAt })
    .from(showtimes)
    .where(eq(showtimes.id, showtimeId));
  if (!showtime) return null;
  return { seats: await loadClaimedSeats(db, showtime.screenId, showtimeId), status: showtime.status, startsAt: showtime.startsAt };
}

/** The first instant the snapshot stops being true by the clock alone: a hold runs out or the show starts. */
export function snapshotExpiresAt(snapshot: AvailabilitySnapshot): number {
  let earliest = snapshot.startsAt.getTime();
  for (const seat of snapshot.seats) if (seat.heldUntil && seat.heldUntil.getTime() < earliest) earliest = seat.heldUntil.getTime();
  return earliest;
}

export type LiveAvailability = SeatAvailability & {
  bookable: boolean;
  /** Milliseconds until the first hold in this answer runs out (no event marks an expiry: refetch then). */
  nextReleaseInMs: number | null;
};

/** What the seat map refetches: only seats that are not free, plus the wheelchair release flag. */
export function availabilityFor(snapshot: AvailabilitySnapshot, viewerUserId: string | null): LiveAvailability {
  const taken: SeatAvailability["taken"] = {};
  const states = snapshot.seats.map((seat) => ({ kind: seat.kind, state: stateFor(seat, viewerUserId) }));
  snapshot.seats.forEach((seat, index) => {
    const { state } = states[index];
    if (state !== "available") taken[seat.id] = state;
  });
  const at = now().getTime();
  const holdEnds = snapshot.seats.flatMap((seat) => (seat.heldUntil ? [seat.heldUntil.getTime()] : []));
  return {
    taken,
    heldBackReleased: releasedFrom(states),
    bookable: snapshot.status === "scheduled" && snapshot.startsAt.getTime() > at,
    nextReleaseInMs: holdEnds.length > 0 ? Math.max(0, Math.min(...holdEnds) - at) : null,
  };
}

/** A fresh read, straight from the database (the availability route reads through availability-cache.ts). */
export async function getSeatAvailability(showtimeId: string, viewerUserId: string | null) {
  const snapshot = await loadAvailabilitySnapshot(showtimeId);
  return snapshot ? availabilityFor(snapshot, viewerUserId) : null;
}
