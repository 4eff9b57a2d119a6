import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { oneTimeTokens } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { consumeToken, hashToken, issueToken, TOKEN_TTL_MS } from "./tokens";

// Opening and migrating the test database is slow on a busy machine: do it outside any test.
beforeAll(async () => {
  await testDb();
});

afterEach(() => {
  delete process.env.MARQUEE_CLOCK_OFFSET_MS;
});

describe("one-time tokens", () => {
  it("stores only the SHA-256 of a 256-bit token", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const token = await issueToken(user.id, "verify_email", user.email);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashToken(token));
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].email).toBe(user.email);
  });

  it("works once", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const token = await issueToken(user.id, "reset_password", user.email);
    expect(await db.transaction((tx) => consumeToken(tx, token, "reset_password"))).toEqual({ userId: user.id, email: user.email });
    expect(await db.transaction((tx) => consumeToken(tx, token, "reset_password"))).toBeNull();
  });

  it("is bound to its purpose", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const token = await issueToken(user.id, "verify_email", user.email);
    expect(await db.transaction((tx) => consumeToken(tx, token, "reset_password"))).toBeNull();
  });

  it("expires: reset after 1 hour, verification after 24 hours", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const reset = await issueToken(user.id, "reset_password", user.email);
    const verify = await issueToken(user.id, "verify_email", user.email);
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(TOKEN_TTL_MS.reset_password + 1000);
    expect(await db.transaction((tx) => consumeToken(tx, reset, "reset_password"))).toBeNull();
    expect(await db.transaction((tx) => consumeToken(tx, verify, "verify_email"))).not.toBeNull();
    const verifyLate = await issueToken(user.id, "verify_email", user.email);
    process.env.MARQUEE_CLOCK_OFFSET_MS = String(TOKEN_TTL_MS.reset_password + TOKEN_TTL_MS.verify_email + 2000);
    expect(await db.transaction((tx) => consumeToken(tx, verifyLate, "verify_email"))).toBeNull();
  });

  it("is superseded by a newer token of the same purpose", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const older = await issueToken(user.id, "reset_password", user.email);
    const newer = await issueToken(user.id, "reset_password", user.email);
    expect(await db.transaction((tx) => consumeToken(tx, older, "reset_password"))).toBeNull();
    expect(await db.transaction((tx) => consumeToken(tx, newer, "reset_password"))).not.toBeNull();
  });

  it("refuses malformed tokens without querying", async () => {
    const db = await testDb();
    expect(await db.transaction((tx) => consumeToken(tx, "short", "verify_email"))).toBeNull();
    expect(await db.transaction((tx) => consumeToken(tx, "x".repeat(10_000), "verify_email"))).toBeNull();
  });
});
