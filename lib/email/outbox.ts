import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { emails } from "@/db/schema";
import { env, isProductionBuild } from "@/lib/env";
import { isLoopbackAddress } from "@/lib/security/loopback";

/**
 * The local outbox: without RESEND_API_KEY, in `next dev` (never a production build), messages are
 * kept in the emails table and printed to the console instead of being sent.
 */
export function localOutboxEnabled() {
  return !isProductionBuild && !env.RESEND_API_KEY;
}

/** /dev/mail shows the outbox (sign-in links included) only to a browser on this machine. */
export function canReadLocalOutbox(callerAddress: string | null) {
  return localOutboxEnabled() && isLoopbackAddress(callerAddress);
}

/** The newest messages of the local outbox, for /dev/mail. */
export async function listOutbox(limit = 50) {
  const db = await getDb();
  return db
    .select({
      id: emails.id,
      to: emails.to,
      subject: emails.subject,
      text: emails.text,
      template: emails.template,
      status: emails.status,
      createdAt: emails.createdAt,
    })
    .from(emails)
    .orderBy(desc(emails.createdAt))
    .limit(limit);
}
