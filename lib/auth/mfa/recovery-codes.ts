import "server-only";
import { createHash, randomInt } from "node:crypto";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { recoveryCodes } from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * Ten single-use codes for when the authenticator is lost, shown once and stored only as SHA-256 of
 * the normalised code (they are random, 50 bits each, so a fast hash is enough).
 */
export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes get read off paper and typed back.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

function randomGroup() {
  return Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** Lowercase, without spaces or dashes: "ABCDE-FGHJK", "abcde fghjk" and "abcdefghjk" are one code. */
export function normaliseRecoveryCode(code: string) {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

function hashCode(code: string) {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** A fresh set replacing the old one (which stops working); the plain codes are returned once. */
export async function issueRecoveryCodes(tx: Tx | Db, userId: string): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(`${randomGroup()}-${randomGroup()}`);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values([...codes].map((code) => ({ userId, codeHash: hashCode(code) })));
  return [...codes];
}

export async function recoveryCodesLeft(db: Db | Tx, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.value ?? 0;
}

/** Spends one code: true once per code, whatever runs in parallel (one conditional UPDATE). */
export async function spendRecoveryCode(db: Db | Tx, userId: string, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (!/^[a-z0-9]{10}$/.test(normalised)) return false;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: now() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashCode(normalised)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return spent.length === 1;
}

export async function removeRecoveryCodes(db: Db | Tx, userId: string) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}
