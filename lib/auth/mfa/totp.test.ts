import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { totpCredentials } from "@/db/schema";
import { testDb } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { beginTotpEnrolment, checkTotpCode, enrolKnownTotpSecret, removeTotp, totpCodeFor, totpConfirmedAt } from "./totp";

beforeAll(async () => {
  await testDb();
});

async function enrolledUser() {
  const db = await testDb();
  const user = await createUserFixture(db);
  const { secret } = await beginTotpEnrolment(db, user);
  return { db, user, secret };
}

describe("TOTP enrolment (issue 17 point 1)", () => {
  it("gives a secret, an otpauth URI naming Marquee and the email, and an SVG QR code", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const enrolment = await beginTotpEnrolment(db, user);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toBe(`otpauth://totp/Marquee:${encodeURIComponent(user.email)}?secret=${enrolment.secret}&issuer=Marquee`);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const [row] = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, user.id));
    expect(row?.secretEncrypted).toMatch(/^v1\./);
    expect(row?.secretEncrypted).not.toContain(enrolment.secret);
    expect(row?.confirmedAt).toBeNull();
  });

  it("is active only after one valid code", async () => {
    const { db, user, secret } = await enrolledUser();
    expect(await checkTotpCode(db, user.id, await totpCodeFor(secret))).toBe("invalid");
    expect(await checkTotpCode(db, user.id, "000000", { unconfirmed: true })).not.toBe("ok");
    expect(await totpConfirmedAt(db, user.id)).toBeNull();
    expect(await checkTotpCode(db, user.id, await totpCodeFor(secret), { unconfirmed: true })).toBe("ok");
    expect(await totpConfirmedAt(db, user.id)).toBeInstanceOf(Date);
  });

  it("does not replace a confirmed authenticator when enrolment starts again", async () => {
    const { db, user, secret } = await enrolledUser();
    await checkTotpCode(db, user.id, await totpCodeFor(secret), { unconfirmed: true });
    const [before] = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, user.id));
    await beginTotpEnrolment(db, user);
    const [after] = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, user.id));
    expect(after?.confirmedAt).not.toBeNull();
    expect(after?.secretEncrypted).toBe(before?.secretEncrypted);
  });
});

describe("TOTP codes at sign-in (issue 17 point 1)", () => {
  it("accept the current code and the neighbouring steps, refuse older ones", async () => {
    const { db, user, secret } = await enrolledUser();
    await db.update(totpCredentials).set({ confirmedAt: now() }).where(eq(totpCredentials.userId, user.id));
    const at = now().getTime();
    expect(await checkTotpCode(db, user.id, await totpCodeFor(secret, new Date(at - 30_000)))).toBe("ok");
    expect(await checkTotpCode(db, user.id, await totpCodeFor(secret, new Date(at + 30_000)))).toBe("ok");
    const old = await totpCodeFor(secret, new Date(at - 5 * 60_000));
    const current = await totpCodeFor(secret, new Date(at));
    if (old !== current) expect(await checkTotpCode(db, user.id, old)).toBe("invalid");
    expect(await checkTotpCode(db, user.id, "12345")).toBe("invalid");
  });

  it("accept a code once: the same code again is a replay", async () => {
    const { db, user, secret } = await enrolledUser();
    await db.update(totpCredentials).set({ confirmedAt: now() }).where(eq(totpCredentials.userId, user.id));
    const code = await totpCodeFor(secret);
    expect(await checkTotpCode(db, user.id, code)).toBe("ok");
    expect(await checkTotpCode(db, user.id, code)).toBe("replayed");
  });

  it("let exactly one of two parallel requests with one code through", async () => {
    const { db, user, secret } = await enrolledUser();
    await db.update(totpCredentials).set({ confirmedAt: now() }).where(eq(totpCredentials.userId, user.id));
    const code = await totpCodeFor(secret);
    const results = await Promise.all([checkTotpCode(db, user.id, code), checkTotpCode(db, user.id, code), checkTotpCode(db, user.id, code)]);
    expect(results.filter((result) => result === "ok")).toHaveLength(1);
    expect(results.filter((result) => result === "replayed")).toHaveLength(2);
  });

  it("reseal a secret sealed with an old key when it is used (key rotation)", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const retired = { id: "retired", key: Buffer.alloc(32, 5) };
    const configured = env.MFA_ENCRYPTION_KEYS;
    try {
      env.MFA_ENCRYPTION_KEYS = [retired];
      await enrolKnownTotpSecret(db, user.id, secret);
      // A new key goes first; the retired one stays in the ring to open what it sealed.
      env.MFA_ENCRYPTION_KEYS = [{ id: "fresh", key: Buffer.alloc(32, 6) }, retired];
      expect(await checkTotpCode(db, user.id, await totpCodeFor(secret))).toBe("ok");
      const [row] = await db.select().from(totpCredentials).where(eq(totpCredentials.userId, user.id));
      expect(row?.secretEncrypted.split(".")[1]).toBe("fresh");
      env.MFA_ENCRYPTION_KEYS = [{ id: "fresh", key: Buffer.alloc(32, 6) }];
      expect(await checkTotpCode(db, user.id, await totpCodeFor(secret, new Date(now().getTime() + 30_000)))).toBe("ok");
    } finally {
      env.MFA_ENCRYPTION_KEYS = configured;
    }
  });

  it("are refused after the authenticator is removed", async () => {
    const db = await testDb();
    const user = await createUserFixture(db);
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    await enrolKnownTotpSecret(db, user.id, secret);
    expect(await removeTotp(db, user.id)).toBe(true);
    expect(await checkTotpCode(db, user.id, await totpCodeFor(secret))).toBe("invalid");
    expect(await removeTotp(db, user.id)).toBe(false);
  });
});
