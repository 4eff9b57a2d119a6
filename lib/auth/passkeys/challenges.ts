import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { webauthnChallenges } from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * WebAuthn challenges, kept in the database so any instance can finish a ceremony another began.
 * Each lives 5 minutes and is spent on its first use, right or wrong: a captured response cannot be
 * replayed, and a stale one is refused.
 */
export const CHALLENGE_TTL_MS = 5 * 60_000;

export type ChallengePurpose = "registration" | "authentication";

export async function saveChallenge(db: Db | Tx, challenge: string, purpose: ChallengePurpose, userId: string | null) {
  const at = now();
  // Sweeping here keeps the table to the ceremonies of the last few minutes without a job.
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, at));
  await db.insert(webauthnChallenges).values({
    challenge,
    purpose,
    userId,
    expiresAt: new Date(at.getTime() + CHALLENGE_TTL_MS),
  });
}

/** Spends the challenge; true only if it was ours, for this purpose and user, and not expired. */
export async function consumeChallenge(
  db: Db | Tx,
  challenge: string,
  purpose: ChallengePurpose,
  userId: string | null,
): Promise<boolean> {
  const [spent] = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, challenge),
        eq(webauthnChallenges.purpose, purpose),
        userId ? eq(webauthnChallenges.userId, userId) : isNull(webauthnChallenges.userId),
      ),
    )
    .returning({ expiresAt: webauthnChallenges.expiresAt });
  return Boolean(spent && spent.expiresAt.getTime() > now().getTime());
}

