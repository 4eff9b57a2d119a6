import { describe, expect, it } from "vitest";
import { orders } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { searchOrders } from "./admin-queries";
import { adminOrderSearchSchema } from "./schemas";

describe("searchOrders", () => {
  it("pages newest first with the id as tie-break, counts what matches, and filters by email without losing rows", async () => {
    const db = await testDb();
    const domain = unique("orders-list");
    const alice = await createUserFixture(db, { email: `alice@${domain}.test` });
    const bob = await createUserFixture(db, { email: `bob@${domain}.test` });
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
    const order = (userId: string, createdAt: Date) => ({
      number: unique("MQ"),
      userId,
      paymentMethod: "pay_at_cinema",
      currency: "GBP",
      subtotalMinor: 1000,
      totalMinor: 1000,
      idempotencyKey: unique("k"),
      createdAt,
    });
    // Two orders share an instant: the id decides their order, the same way on every page.
    const rows = await db
      .insert(orders)
      .values([order(alice.id, at(0)), order(bob.id, at(5)), order(alice.id, at(10)), order(bob.id, at(10))])
      .returning({ id: orders.id, number: orders.number, createdAt: orders.createdAt });
    const expected = [...rows]
      .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x.id < y.id ? 1 : -1))
      .map((row) => row.number);

    const search = (input: Record<string, unknown>) => searchOrders(adminOrderSearchSchema.parse({ email: `@${domain}`, ...input }), { pageSize: 3 });
    const first = await search({});
    const second = await search({ page: 2 });
    expect([...first.rows, ...second.rows].map((row) => row.number)).toEqual(expected);
    expect(first).toMatchObject({ total: 4, pageCount: 2 });
    expect(first.rows[0]).toMatchObject({ email: expect.stringContaining(domain) });

    const bobs = await search({ email: `bob@${domain}` });
    expect(bobs.total).toBe(2);
    expect(bobs.rows.map((row) => row.email)).toEqual([`bob@${domain}.test`, `bob@${domain}.test`]);

    const byNumber = await searchOrders(adminOrderSearchSchema.parse({ number: rows[0].number }));
    expect(byNumber.rows.map((row) => row.number)).toEqual([rows[0].number]);
    expect(byNumber.total).toBe(1);
  });
});
