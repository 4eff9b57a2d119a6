import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { hash } from "@node-rs/argon2";
import { users } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";

// A password reset that lands while a sign-in is upgrading the old hash: the reset must win.
const race = vi.hoisted(() => ({ duringUpgrade: null as null | (() => Promise<void>) }));

vi.mock("./password-hash", async (importOriginal) => {
  const original = await importOriginal<typeof import("./password-hash")>();
  return {
    ...original,
    async hashPassword(password: string) {
      const upgraded = await original.hashPassword(password);
      const interleave = race.duringUpgrade;
      race.duringUpgrade = null;
      if (interleave) await interleave();
      return upgraded;
    },
  };
});

const { authenticateWithPassword } = await import("./password-sign-in");

beforeAll(async () => {
  await testDb();
});

describe("hash upgrade at sign-in", () => {
  it("never overwrites a password that was reset in the meantime", async () => {
    const db = await testDb();
    const oldPassword = "the original long passphrase";
    const user = await createUserFixture(db, {
      email: `${unique("race")}@example.test`,
      passwordHash: await hash(oldPassword, { memoryCost: 8192, timeCost: 1, parallelism: 1 }),
    });
    const resetHash = await hash("the password set by a reset", { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    race.duringUpgrade = async () => {
      await db.update(users).set({ passwordHash: resetHash }).where(eq(users.id, user.id));
    };
    expect((await authenticateWithPassword({ email: user.email, password: oldPassword }, null)).status).toBe("ok");
    expect(race.duringUpgrade).toBeNull();
    const [after] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(after.passwordHash).toBe(resetHash);
  });
});
