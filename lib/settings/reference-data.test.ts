import { describe, expect, it, vi } from "vitest";
import { listen, type Db } from "@/db";
import { ticketTypes } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { saveTicketType } from "./mutations";
import { REFERENCE_DATA_CHANNEL, referenceData } from "./reference-data";
import { ticketTypeSchema } from "./schemas";

/** Withdrawn types only: files share the database, and an active one would show on their seat maps. */
const withdrawnType = (code: string) => ({ code, name: "Reference test", priceRule: "percent_of_base" as const, percent: 50, active: false, sortOrder: 999 });

/** The process keeps a copy only once its listener is in place, which the first reader starts. */
async function copyKept(db: Db) {
  return vi.waitFor(async () => {
    const copy = await referenceData(db);
    expect(await referenceData(db)).toBe(copy);
    return copy;
  });
}

describe("the reference data copy", () => {
  it("serves one copy to every reader until something changes", async () => {
    const db = await testDb();
    const copy = await copyKept(db);
    expect(copy.ticketTypes.map((t) => t.code)).toContain("adult");
    expect(copy.ticketTypeById.get(copy.ticketTypes[0].id)).toBe(copy.ticketTypes[0]);
  });

  it("is dropped at once when this process saves a change", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    await copyKept(db);
    const code = unique("ref");
    const input = ticketTypeSchema.parse({ code, name: "Reference test", priceRule: "percent_of_base", amount: "", percent: "50", ageNote: "", sortOrder: "999" });
    const saved = await saveTicketType(admin.id, input);
    expect((await referenceData(db)).ticketTypeById.get(saved.id)?.code).toBe(code);
  });

  it("hears a change written straight to the table, as another instance or psql would", async () => {
    const db = await testDb();
    const before = await copyKept(db);
    let heard!: () => void;
    const notified = new Promise<void>((resolve) => (heard = resolve));
    // Registered after the copy's own listener, so by the time this hears the change, the copy is gone.
    const unlisten = await listen(REFERENCE_DATA_CHANNEL, (table) => table === "ticket_types" && heard());
    try {
      const code = unique("ref");
      await db.insert(ticketTypes).values(withdrawnType(code));
      await notified;
      const after = await referenceData(db);
      expect(after).not.toBe(before);
      expect(after.ticketTypes.map((t) => t.code)).toContain(code);
    } finally {
      await unlisten();
    }
  });
});
