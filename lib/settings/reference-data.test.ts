import { describe, expect, it } from "vitest";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { saveTicketType } from "./mutations";
import { referenceData } from "./reference-data";
import { ticketTypeSchema } from "./schemas";

describe("the reference data copy", () => {
  it("serves one copy to every reader", async () => {
    const db = await testDb();
    const copy = await referenceData(db);
    expect(await referenceData(db)).toBe(copy);
    expect(copy.ticketTypes.map((t) => t.code)).toContain("adult");
    expect(copy.ticketTypeById.get(copy.ticketTypes[0].id)).toBe(copy.ticketTypes[0]);
  });

  it("is dropped at once when this process saves a change", async () => {
    const db = await testDb();
    const admin = await createUserFixture(db, { role: "admin" });
    const before = await referenceData(db);
    // Withdrawn: files share the database, and a type on sale would show on their seat maps.
    const code = unique("ref");
    const input = ticketTypeSchema.parse({ code, name: "Reference test", priceRule: "percent_of_base", amount: "", percent: "50", ageNote: "", sortOrder: "999" });
    const saved = await saveTicketType(admin.id, input);
    const after = await referenceData(db);
    expect(after).not.toBe(before);
    expect(after.ticketTypeById.get(saved.id)?.code).toBe(code);
  });
});
