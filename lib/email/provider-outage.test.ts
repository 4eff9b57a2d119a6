import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { emails } from "@/db/schema";
import { signUp } from "@/lib/auth/sign-up";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { payAtCinema } from "@/lib/orders/payments/pay-at-cinema";
import { placeOrder } from "@/lib/orders/place-order";
import { testDb, unique } from "@/test/database";
import { createShowtimeFixture, createUserFixture, ticketTypeByCode } from "@/test/fixtures/showtime";
import { holdSeats as putInCart } from "@/test/fixtures/holds";
import { startResendFake, type ResendFake } from "@/test/resend-fake";
import { log } from "@/lib/log/logger";
import { deliverDueEmails } from "./queue";

/**
 * Issue 20 point 6: while the email provider is down, sign-ups, resets and orders still succeed; once it
 * is back, two instances sweeping the queue together deliver every queued email once. The real Resend
 * client talks to a local stand-in (test/resend-fake.ts) that, like Resend, honours Idempotency-Key.
 *
 * Other test files share this database and its email queue. This file's clock runs a day behind, so
 * what it queues falls due on its own clock and nothing another file queued ever does: its sweeps
 * only ever pick up their own messages.
 */
const FAKE_PORT = 43_000 + (process.pid % 2_000);
const A_DAY_BEHIND = String(-86_400_000);
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "re_vitest_outage";
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${43_000 + (process.pid % 2_000)}`;
});

// The reset email goes out after the response (next/server's after()); here it runs at once.
const pendingWork: Promise<unknown>[] = [];
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (work: () => Promise<unknown>) => pendingWork.push(work()),
}));
// deliver.ts logs each failed attempt; these failures are on purpose.
vi.spyOn(log, "warn").mockImplementation(() => undefined);

let fake: ResendFake;
beforeAll(async () => {
  await testDb();
  fake = await startResendFake({ port: FAKE_PORT });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.outage(null);
  process.env.MARQUEE_CLOCK_OFFSET_MS = A_DAY_BEHIND;
});

const minutesLater = (minutes: number) => String(Number(A_DAY_BEHIND) + minutes * 60_000);

async function queuedTo(addresses: string[]) {
  const db = await testDb();
  return db.select({ id: emails.id, to: emails.to, status: emails.status, attempts: emails.attempts }).from(emails).where(inArray(emails.to, addresses));
}

const sentTo = (address: string) => fake.sent.filter((m) => m.to.includes(address));

/** Two instances' sweeps at once, until nothing this file queued is due any more. */
async function sweepFromTwoInstances() {
  for (let round = 0; round < 5; round++) {
    const [a, b] = await Promise.all([deliverDueEmails(50), deliverDueEmails(50)]);
    if (a + b === 0) return;
  }
}

describe("an email provider outage", () => {
  beforeAll(() => {
    process.env.MARQUEE_CLOCK_OFFSET_MS = A_DAY_BEHIND;
  });

  it("never fails a sign-up, a reset or an order, and each queued email goes out once when the provider is back", async () => {
    const db = await testDb();
    const newcomer = `${unique("outage-signup")}@example.test`;
    const forgetful = await createUserFixture(db, { email: `${unique("outage-reset")}@example.test` });
    const buyer = await createUserFixture(db, { email: `${unique("outage-order")}@example.test` });
    const fixture = await createShowtimeFixture(db, { startsAt: new Date(Date.now() + 3 * 86_400_000) });
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: buyer.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });

    fake.outage("error");
    await expect(signUp({ name: "New Comer", email: newcomer, password: "a long enough passphrase for this" })).resolves.toBeUndefined();
    await requestPasswordReset(forgetful.email);
    await Promise.all(pendingWork.splice(0));
    const placed = await placeOrder({ userId: buyer.id, idempotencyKey: crypto.randomUUID(), paymentMethod: payAtCinema });
    expect(placed).toMatchObject({ status: "confirmed", created: true });

    const addresses = [newcomer, forgetful.email, buyer.email];
    const queued = await queuedTo(addresses);
    expect(queued.map((e) => e.to).sort()).toEqual([...addresses].sort());
    expect(queued.every((e) => e.status === "pending" && e.attempts === 1)).toBe(true);
    expect(addresses.flatMap(sentTo)).toEqual([]);

    // Still down at the first retry: each is tried once more, and waits longer.
    process.env.MARQUEE_CLOCK_OFFSET_MS = minutesLater(2);
    await sweepFromTwoInstances();
    expect((await queuedTo(addresses)).map((e) => e.attempts)).toEqual([2, 2, 2]);

    fake.outage(null);
    process.env.MARQUEE_CLOCK_OFFSET_MS = minutesLater(10);
    await sweepFromTwoInstances();
    const delivered = await queuedTo(addresses);
    expect(delivered.every((e) => e.status === "sent" && e.attempts === 3)).toBe(true);
    for (const address of addresses) expect(sentTo(address)).toHaveLength(1);
  });

  it("does not send twice an email whose acceptance was lost on the way back", async () => {
    const db = await testDb();
    const buyer = await createUserFixture(db, { email: `${unique("outage-lost")}@example.test` });
    const fixture = await createShowtimeFixture(db, { startsAt: new Date(Date.now() + 3 * 86_400_000) });
    const adult = await ticketTypeByCode(db, "adult");
    await putInCart(db, { userId: buyer.id, showtimeId: fixture.showtime.id, seatIds: [fixture.seats[0].id], ticketTypeId: adult.id });

    // Resend took the message, but the connection dropped before its answer: to us, a failure.
    fake.outage("lost-answer");
    await placeOrder({ userId: buyer.id, idempotencyKey: crypto.randomUUID(), paymentMethod: payAtCinema });
    const [queued] = await queuedTo([buyer.email]);
    expect(queued).toMatchObject({ status: "pending", attempts: 1 });
    expect(sentTo(buyer.email)).toHaveLength(1);

    fake.outage(null);
    process.env.MARQUEE_CLOCK_OFFSET_MS = minutesLater(2);
    const repeatsBefore = fake.repeats;
    await sweepFromTwoInstances();
    expect((await db.select({ status: emails.status }).from(emails).where(eq(emails.id, queued.id)))[0]?.status).toBe("sent");
    // The retry carried the same Idempotency-Key, so the provider answered it without sending again.
    expect(sentTo(buyer.email)).toHaveLength(1);
    expect(fake.repeats).toBe(repeatsBefore + 1);
  });
});
