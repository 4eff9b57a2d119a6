import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { screens, seats } from "@/db/schema";
import { testDb } from "@/test/database";
import { qualified } from "./qualified-column";

describe("qualified", () => {
  it("keeps an outer column bound to the outer table inside a correlated subquery", async () => {
    const db = await testDb();
    const query = db
      .select({ n: sql<number>`(select count(*)::int from ${seats} where ${seats.screenId} = ${qualified(screens.id)})` })
      .from(screens)
      .where(eq(screens.id, "00000000-0000-0000-0000-000000000000"));
    expect(query.toSQL().sql).toContain('"screen_id" = "screens"."id"');
  });
});
