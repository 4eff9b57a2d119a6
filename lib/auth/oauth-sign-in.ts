import "server-only";
import { recordAudit } from "@/lib/audit";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accounts, users } from "@/db/schema";
import { now } from "@/lib/clock";

export type OAuthRefusal = "OAuthAccountNotLinked" | "AccountDisabled" | "OAuthEmailMissing";

/**
 * Maps an OAuth identity to our user. A known link signs its user in; a new identity whose verified
 * email is not registered creates a verified customer and the link. An identity whose email already
 * belongs to an account is never linked silently: whoever controls an OAuth account with someone's
 * address would otherwise take over that person's account.
 */
export async function resolveOAuthSignIn(identity: {
  provider: string;
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}): Promise<{ ok: true; userId: string } | { ok: false; reason: OAuthRefusal }> {
  const db = await getDb();
  const [linked] = await db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, identity.provider), eq(accounts.providerAccountId, identity.providerAccountId)));
  if (linked) return linked.disabledAt ? { ok: false, reason: "AccountDisabled" } : { ok: true, userId: linked.id };

  const email = identity.email?.trim();
  if (!email || !identity.emailVerified || !email.includes("@")) return { ok: false, reason: "OAuthEmailMissing" };
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: (identity.name?.trim() || email.split("@")[0] || "Movie fan").slice(0, 100),
        role: "customer",
        emailVerified: now(),
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!created) return { ok: false as const, reason: "OAuthAccountNotLinked" as const };
    await tx.insert(accounts).values({
      userId: created.id,
      type: "oidc",
      provider: identity.provider,
      providerAccountId: identity.providerAccountId,
    });
    await recordAudit(tx, {
      actorUserId: created.id,
      action: "auth.oauth_account_created",
      entityType: "user",
      entityId: created.id,
      details: { provider: identity.provider },
    });
    return { ok: true as const, userId: created.id };
  });
}

