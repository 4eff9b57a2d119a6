import "server-only";
import type { ReactElement } from "react";
import { render } from "@react-email/render";
import { getDb } from "@/db";
import { emails } from "@/db/schema";
import { deliverEmail } from "./deliver";
import { localOutboxEnabled } from "./outbox";

export type EmailAttachment = { filename: string; contentType: string; content: string | Uint8Array };

export type OutgoingEmail = {
  to: string;
  subject: string;
  /** A template from emails/; its plain-text part is rendered from the same element. */
  react: ReactElement;
  /** The template's name, kept with the message for the outbox and the logs. */
  template: string;
  attachments?: EmailAttachment[];
};

/**
 * The one way the app sends email. The message is stored first, so a failing provider never fails the
 * user's action and never loses the message: what cannot be sent now is retried by lib/email/queue.ts.
 * In development without RESEND_API_KEY the stored message is the local outbox (lib/email/outbox.ts);
 * a production build never marks a message sent that did not leave.
 */
export async function sendEmail(message: OutgoingEmail): Promise<{ id: string }> {
  const [html, text] = await Promise.all([render(message.react), render(message.react, { plainText: true })]);
  const db = await getDb();
  const [stored] = await db
    .insert(emails)
    .values({
      to: message.to,
      subject: message.subject,
      html,
      text,
      template: message.template,
      attachments: (message.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        base64: Buffer.from(a.content).toString("base64"),
      })),
    })
    .returning();
  if (localOutboxEnabled()) {
    console.info(`[outbox] to ${message.to}: ${message.subject}\n${text}\n`);
    await deliverEmail(db, stored, { outbox: true });
  } else {
    await deliverEmail(db, stored);
  }
  return { id: stored.id };
}
