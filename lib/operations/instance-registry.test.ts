import { afterEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { serverInstances } from "@/db/schema";
import { testDb } from "@/test/database";
import { recordInstance, thisInstanceFingerprint } from "./instance-registry";

/** Instances of one deployment find out at start that another one was given a different build or secret. */
afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

describe("the instance registry", () => {
  it("names the settings a live instance disagrees on, and never a secret's value", async () => {
    const db = await testDb();
    const mine = { ...thisInstanceFingerprint(), buildId: randomUUID() };
    const twin = randomUUID();
    const stranger = randomUUID();
    expect(await recordInstance(db, twin, mine, new Date())).toEqual([]);
    const other = { ...mine, authSecret: "0123456789abcdef", appUrl: "https://elsewhere.example" };
    const seen = await recordInstance(db, stranger, other, new Date());
    expect(seen).toEqual([expect.objectContaining({ instanceId: twin, settings: ["APP_URL", "AUTH_SECRET"] })]);
    // The twin sees the stranger too, and only it.
    const fromTwin = await recordInstance(db, twin, mine, new Date());
    expect(fromTwin.filter((m) => m.instanceId === stranger)).toEqual([expect.objectContaining({ settings: ["APP_URL", "AUTH_SECRET"] })]);
    const [stored] = await db.select().from(serverInstances).where(eq(serverInstances.id, twin));
    expect(JSON.stringify(stored.fingerprint)).not.toContain(process.env.AUTH_SECRET ?? "no secret set");
  });

  it("forgets instances not seen for a few minutes", async () => {
    const db = await testDb();
    const fingerprint = { ...thisInstanceFingerprint(), buildId: randomUUID() };
    const gone = randomUUID();
    await recordInstance(db, gone, { ...fingerprint, buildId: "an older build" }, new Date());
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(5 * 60_000);
    const mismatches = await recordInstance(db, randomUUID(), fingerprint, new Date());
    expect(mismatches.map((m) => m.instanceId)).not.toContain(gone);
  });
});
