import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { emails } from "@/db/schema";

/** The newest messages of the local outbox, for /dev/mail (development only). */
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
