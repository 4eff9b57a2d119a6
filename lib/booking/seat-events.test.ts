import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { emptyCart, holdSeats, releaseSeat, SeatsTakenError } from "./holds";
import { subscribeToSeatEvents } from "./seat-event-hub";
import { notifySeatChanges, seatEventPayload, type SeatEvent } from "./seat-events";

type Fixture = Awaited<ReturnType<typeof createShowtimeFixture>>;

function seat(fixture: Fixture, row: string, number: number) {
  const found = fixture.seats.find((s) => s.rowLabel === row && s.number === number);
  if (!found) throw new Error(`no seat ${row}${number}`);
  return found.id;
}

/** Collects one showtime's events through the hub; `next()` waits for the next one. */
async function listenTo(showtimeId: string) {
  const received: SeatEvent[] = [];
  const waiters: (() => void)[] = [];
  const unsubscribe = await subscribeToSeatEvents(showtimeId, (event) => {
    received.push(event);
    waiters.splice(0).forEach((wake) => wake());
  });
  let read = 0;
  async function next(timeoutMs = 5000): Promise<SeatEvent> {
    const deadline = Date.now() + timeoutMs;
    while (received.length <= read) {
      if (Date.now() > deadline) throw new Error("no seat event arrived");
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return received[read++];
  }
  return { next, unsubscribe, received };
}

beforeAll(async () => {
  await testDb();
});

async function setup() {
  const db = await testDb();
  const fixture = await createShowtimeFixture(db, { layout: "ssss" });
  const adult = await ticketTypeByCode(db, "adult");
  const [alice, bob] = await Promise.all([createUserFixture(db), createUserFixture(db)]);
  const hold = (userId: string, seatIds: string[]) =>
    holdSeats({
      userId,
      showtimeId: fixture.showtime.id,
      seats: seatIds.map((seatId) => ({ seatId, ticketTypeId: adult.id })),
      wheelchairDeclared: false,
      carerDeclared: false,
    });
  return { db, fixture, alice, bob, hold };
}

describe("seat events through LISTEN/NOTIFY", () => {
  it("tells a subscriber that a seat was held, then released, with only the changed seats", async () => {
    const { fixture, alice, hold } = await setup();
    const showtimeId = fixture.showtime.id;
    const events = await listenTo(showtimeId);
    try {
      await hold(alice.id, [seat(fixture, "A", 2)]);
      expect(await events.next()).toEqual({ showtimeId, seats: [{ seatId: seat(fixture, "A", 2), status: "held" }] });
      await releaseSeat({ userId: alice.id, showtimeId, seatId: seat(fixture, "A", 2) });
      expect(await events.next()).toEqual({ showtimeId, seats: [{ seatId: seat(fixture, "A", 2), status: "available" }] });
    } finally {
      events.unsubscribe();
    }
  });

  it("notifies nobody about a hold that rolled back", async () => {
    const { db, fixture, alice, bob, hold } = await setup();
    const showtimeId = fixture.showtime.id;
    const events = await listenTo(showtimeId);
    try {
      await hold(alice.id, [seat(fixture, "A", 1)]);
      // Delivery is asynchronous: take Alice's own event first so it can't be mistaken for a later one.
      expect(await events.next()).toEqual({ showtimeId, seats: [{ seatId: seat(fixture, "A", 1), status: "held" }] });
      // Bob's claim of A3 and A1 fails on A1 and takes A3 back with it: no "held" for A3 may go out.
      await expect(hold(bob.id, [seat(fixture, "A", 3), seat(fixture, "A", 1)])).rejects.toBeInstanceOf(SeatsTakenError);
      // A NOTIFY queued in a transaction that throws is dropped too.
      await expect(
        db.transaction(async (tx) => {
          await notifySeatChanges(tx, showtimeId, [{ seatId: seat(fixture, "A", 4), status: "sold" }]);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      // Notifications arrive in commit order, so once this one is here an earlier one would have been.
      await emptyCart(alice.id);
      expect(await events.next()).toEqual({ showtimeId, seats: [{ seatId: seat(fixture, "A", 1), status: "available" }] });
      expect(events.received).toHaveLength(2);
    } finally {
      events.unsubscribe();
    }
  });

  it("fans out per showtime: a subscriber hears only its own showtime", async () => {
    const first = await setup();
    const second = await setup();
    const events = await listenTo(first.fixture.showtime.id);
    try {
      await second.hold(second.alice.id, [seat(second.fixture, "A", 1)]);
      await first.hold(first.alice.id, [seat(first.fixture, "A", 4)]);
      expect(await events.next()).toEqual({
        showtimeId: first.fixture.showtime.id,
        seats: [{ seatId: seat(first.fixture, "A", 4), status: "held" }],
      });
      expect(events.received).toHaveLength(1);
    } finally {
      events.unsubscribe();
    }
  });
});

describe("seatEventPayload", () => {
  it("sends a refresh instead of a payload PostgreSQL would refuse", () => {
    const showtimeId = crypto.randomUUID();
    const many = Array.from({ length: 200 }, () => ({ seatId: crypto.randomUUID(), status: "sold" as const }));
    expect(JSON.parse(seatEventPayload(showtimeId, many.slice(0, 3)))).toEqual({ showtimeId, seats: many.slice(0, 3) });
    expect(JSON.parse(seatEventPayload(showtimeId, many))).toEqual({ showtimeId, refresh: true });
  });
});
