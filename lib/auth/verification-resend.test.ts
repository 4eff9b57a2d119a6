import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { emails } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { requestVerificationEmail } from "./sign-up";

beforeAll(async () => {
  await testDb();
});

async function linksSentTo(to: string) {
  const db = await testDb();
  return db.select({ id: emails.id }).from(emails).where(and(eq(emails.to, to), eq(emails.template, "verify-email")));
}

describe("asking for a new verification link", () => {
  it("does the work after the response for every address, so the answer's timing tells nothing", async () => {
    const db = await testDb();
    const waiting = await createUserFixture(db, { email: `${unique("waiting")}@example.test`, emailVerified: null });
    const unknown = `${unique("nobody")}@example.test`;
    const deferred: (() => Promise<void>)[] = [];
    const schedule = (task: () => Promise<void>) => void deferred.push(task);

    requestVerificationEmail(waiting.email, undefined, schedule);
    requestVerificationEmail(unknown, undefined, schedule);
    // Nothing looked up, nothing sent while the caller waits: both calls are the same cost.
    expect(deferred).toHaveLength(2);
    expect(await linksSentTo(waiting.email)).toHaveLength(0);

    for (const task of deferred) await task();
    expect(await linksSentTo(waiting.email)).toHaveLength(1);
    expect(await linksSentTo(unknown)).toHaveLength(0);
  });
});
