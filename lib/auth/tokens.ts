import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { oneTimeTokens, type tokenPurpose } from "@/db/schema";
import { now } from "@/lib/clock";

export type TokenPurpose = (typeof tokenPurpose.enumValues)[number];

/** How long each kind of emailed link stays valid. */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 3600_000,
  reset_password: 3600_000,
  change_email: 24 * 3600_000,
  revert_email_change: 7 * 24 * 3600_000,
};

/**
 * An undo link must survive later changes: someone who took over the account and changes the
 * address again must not be able to spend the link the rightful owner holds. So undo links are
 * superseded only by newer ones for the same address.
 */
const SUPERSEDED_PER_ADDRESS = new Set<TokenPurpose>(["revert_email_change"]);

/** Only the SHA-256 of a token is stored: a database leak yields no usable link. */
export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a single-use token (256 random bits) for a user and address. Any earlier unused token of the
 * same purpose is spent at once: only the newest link works.
 */
export async function issueToken(
  userId: string,
  purpose: TokenPurpose,
  email: string,
  /** A same-origin path to continue to once the link is used (sign-up's destination). */
  redirectTo: string | null = null,
) {
  const token = randomBytes(32).toString("base64url");
  const at = now();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(oneTimeTokens)
      .set({ usedAt: at })
      .where(
        and(
          eq(oneTimeTokens.userId, userId),
          eq(oneTimeTokens.purpose, purpose),
          isNull(oneTimeTokens.usedAt),
          SUPERSEDED_PER_ADDRESS.has(purpose) ? eq(sql`lower(${oneTimeTokens.email})`, email.toLowerCase()) : undefined,
        ),
      );
    await tx.insert(oneTimeTokens).values({
      userId,
      purpose,
      email,
      tokenHash: hashToken(token),
      redirectTo,
      expiresAt: new Date(at.getTime() + TOKEN_TTL_MS[purpose]),
    });
  });
  return token;
}

/**
 * Spends a token inside the caller's transaction: one UPDATE … RETURNING, so two clicks on the same
 * link cannot both succeed. Null when the token is unknown, used, superseded or expired.
 */
export async function consumeToken(tx: Tx, token: string, purpose: TokenPurpose) {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  const at = now();
  const [spent] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: at })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, at),
      ),
    )
    .returning({ userId: oneTimeTokens.userId, email: oneTimeTokens.email });
  return spent ?? null;
}
