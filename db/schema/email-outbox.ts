import { index, integer, jsonb, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, instant, updatedAt } from "./columns";

export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);

/**
 * Every email, before it is sent: the retry queue when Resend is configured and the local
 * outbox (/dev/mail) when it is not. Nothing is lost if a send fails. Once Resend has taken a message
 * (or it finally failed), html, text and attachments are emptied (lib/email/deliver.ts): they may
 * carry one-time links.
 */
export const emails = pgTable(
  "emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    template: text("template").notNull(),
    /** Attachments (e.g. calendar files) as { filename, contentType, base64 }. */
    attachments: jsonb("attachments")
      .$type<{ filename: string; contentType: string; base64: string }[]>()
      .notNull()
      .default([]),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: createdAt(),
    sentAt: instant("sent_at"),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("emails_status_next_attempt_at_idx").on(t.status, t.nextAttemptAt),
    index("emails_to_lower_idx").on(sql`lower(${t.to})`),
  ],
);
