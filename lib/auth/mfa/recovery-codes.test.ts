import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { recoveryCodes } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { issueRecoveryCodes, normaliseRecoveryCode, recoveryCodesLeft, removeRecoveryCodes, spendRecoveryCode } from "./recovery-codes";

beforeAll(async () => {
  await testDb();
});

describe("recovery codes (issue 17 point 2)", () => {
  it("are ten unambiguous xxxxx-xxxxx codes, stored only as hashes", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const codes = await issueRecoveryCodes(db, user.id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    const rows = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(codes.some((code) => row.codeHash.includes(normaliseRecoveryCode(code)))).toBe(false);
    }
    expect(await recoveryCodesLeft(db, user.id)).toBe(10);
  });

  it("each work once, typed in any case and with or without the dash", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const [first, second] = await issueRecoveryCodes(db, user.id);
    expect(await spendRecoveryCode(db, user.id, ` ${first.toUpperCase()} `)).toBe(true);
    expect(await spendRecoveryCode(db, user.id, first)).toBe(false);
    expect(await spendRecoveryCode(db, user.id, second.replace("-", ""))).toBe(true);
    expect(await recoveryCodesLeft(db, user.id)).toBe(8);
    expect(await spendRecoveryCode(db, user.id, "not-a-code")).toBe(false);
  });

  it("belong to their owner only", async () => {
    const db = await testDb();
    const owner = await createUserFixture(db);
    const other = await createUserFixture(db);
    const [code] = await issueRecoveryCodes(db, owner.id);
    await issueRecoveryCodes(db, other.id);
    expect(await spendRecoveryCode(db, other.id, code)).toBe(false);
    expect(await spendRecoveryCode(db, owner.id, code)).toBe(true);
  });

  it("two simultaneous uses of one code: exactly one wins", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const [code] = await issueRecoveryCodes(db, user.id);
    const results = await Promise.all([spendRecoveryCode(db, user.id, code), spendRecoveryCode(db, user.id, code), spendRecoveryCode(db, user.id, code)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("a new set voids the old one; removal leaves none", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const [old] = await issueRecoveryCodes(db, user.id);
    const fresh = await issueRecoveryCodes(db, user.id);
    expect(await spendRecoveryCode(db, user.id, old)).toBe(false);
    expect(await recoveryCodesLeft(db, user.id)).toBe(10);
    expect(await spendRecoveryCode(db, user.id, fresh[0])).toBe(true);
    await removeRecoveryCodes(db, user.id);
    expect(await recoveryCodesLeft(db, user.id)).toBe(0);
  });
});
