import "server-only";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { Db, Tx } from "@/db";
import { totpCredentials } from "@/db/schema";
import { now } from "@/lib/clock";
import { open, seal, sealedWithOldKey } from "./secret-box";

/**
 * TOTP (RFC 6238, 30 s steps, 6 digits, SHA-1: what every authenticator app speaks). The secret is
 * sealed at rest (secret-box.ts); the last accepted time step is stored so a code works once.
 */
const ISSUER = "Marquee";
const PERIOD_SECONDS = 30;

export type TotpEnrolment = { secret: string; uri: string; qrSvg: string };
export type TotpCheck = "ok" | "invalid" | "replayed";

/**
 * Starts (or restarts) enrolment: a fresh secret in an unconfirmed row, shown once as a QR code and
 * as text. A confirmed authenticator is never replaced here; the caller checks that first.
 */
export async function beginTotpEnrolment(db: Db | Tx, user: { id: string; email: string }): Promise<TotpEnrolment> {
  const secret = generateSecret();
  const sealed = seal(secret);
  await db
    .insert(totpCredentials)
    .values({ userId: user.id, secretEncrypted: sealed, confirmedAt: null, lastUsedStep: null, createdAt: now() })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secretEncrypted: sealed, lastUsedStep: null, createdAt: now() },
      // Only an unconfirmed row is replaced: a running authenticator stays until it is removed.
      setWhere: isNull(totpCredentials.confirmedAt),
    });
  const uri = generateURI({ issuer: ISSUER, label: user.email, secret });
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

/** The current code of a secret (the seed's demo admin and tests use it). */
export function totpCodeFor(secret: string, at: Date = now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000), period: PERIOD_SECONDS });
}

/**
 * Checks a code: valid within ±1 step of our clock, and of a later step than any accepted before.
 * The step is claimed with one conditional UPDATE, so two parallel requests carrying one code can't
 * both pass: exactly one gets "ok", the other "replayed". With `unconfirmed` it checks (and
 * confirms) the pending enrolment instead of the active authenticator.
 */
export async function checkTotpCode(
  db: Db | Tx,
  userId: string,
  code: string,
  { unconfirmed = false }: { unconfirmed?: boolean } = {},
): Promise<TotpCheck> {
  const [row] = await db
    .select({ secretEncrypted: totpCredentials.secretEncrypted })
    .from(totpCredentials)
    .where(
      and(
        eq(totpCredentials.userId, userId),
        unconfirmed ? isNull(totpCredentials.confirmedAt) : isNotNull(totpCredentials.confirmedAt),
      ),
    );
  if (!row || !/^\d{6}$/.test(code)) return "invalid";
  const secret = open(row.secretEncrypted);
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now().getTime() / 1000),
    period: PERIOD_SECONDS,
    epochTolerance: PERIOD_SECONDS,
  });
  // otplib types the result for HOTP and TOTP alike; only a TOTP result carries its time step.
  if (!result.valid || !("timeStep" in result)) return "invalid";
  const claimed = await db
    .update(totpCredentials)
    .set({
      lastUsedStep: result.timeStep,
      ...(unconfirmed ? { confirmedAt: now() } : {}),
      ...(sealedWithOldKey(row.secretEncrypted) ? { secretEncrypted: seal(secret) } : {}),
    })
    .where(
      and(
        eq(totpCredentials.userId, userId),
        // The same sealed secret: a re-enrolment that landed meanwhile is not confirmed by an old code.
        eq(totpCredentials.secretEncrypted, row.secretEncrypted),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, result.timeStep)),
      ),
    )
    .returning({ userId: totpCredentials.userId });
  return claimed.length === 1 ? "ok" : "replayed";
}

/** When the user's authenticator was confirmed (null: none, or enrolment not finished). */
export async function totpConfirmedAt(db: Db | Tx, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ confirmedAt: totpCredentials.confirmedAt })
    .from(totpCredentials)
    .where(eq(totpCredentials.userId, userId));
  return row?.confirmedAt ?? null;
}

/** Removes the authenticator (confirmed or not); true when there was one. */
export async function removeTotp(db: Db | Tx, userId: string): Promise<boolean> {
  const removed = await db
    .delete(totpCredentials)
    .where(eq(totpCredentials.userId, userId))
    .returning({ confirmedAt: totpCredentials.confirmedAt });
  return removed.some((row) => row.confirmedAt !== null);
}

/** Sets up a confirmed authenticator with a known secret (the seed's demo admin). */
export async function enrolKnownTotpSecret(db: Db | Tx, userId: string, secret: string) {
  const sealed = seal(secret);
  await db
    .insert(totpCredentials)
    .values({ userId, secretEncrypted: sealed, confirmedAt: now() })
    .onConflictDoUpdate({ target: totpCredentials.userId, set: { secretEncrypted: sealed, confirmedAt: now(), lastUsedStep: null } });
}
