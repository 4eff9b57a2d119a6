import "server-only";
import { eq } from "drizzle-orm";
import { Resend } from "resend";
import type { Db } from "@/db";
import { emails } from "@/db/schema";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { log } from "@/lib/log/logger";

type StoredEmail = typeof emails.$inferSelect;

const SEND_TIMEOUT_MS = 10_000;
const MAX_ATTEMPTS = 8;

let client: Resend | undefined;
function resend() {
  client ??= new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  return client;
}

/**
 * What is left of a message once it has left for the provider (or finally failed): who, what subject,
 * which template, when — not the body. Bodies carry reset and verification links, ticket codes and
 * attachments; a database reader (a backup, a replica) must not find usable ones. Only the local
 * outbox (no RESEND_API_KEY, development) keeps bodies: it is the developer's mailbox.
 */
const PURGED_BODY = { html: "", text: "", attachments: [] };

/** Minutes until the next try after `attempts` failures: 1, 2, 4 … capped at an hour. */
export function retryDelayMs(attempts: number) {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** One delivery attempt. Records the outcome on the stored message; never throws. */
export async function deliverEmail(db: Db, email: StoredEmail, { outbox = false } = {}) {
  if (outbox) {
    await db.update(emails).set({ status: "sent", sentAt: now(), attempts: 1 }).where(eq(emails.id, email.id));
    return true;
  }
  const attempts = email.attempts + 1;
  try {
    const { data, error } = await withTimeout(
      resend().emails.send(
        {
          from: env.EMAIL_FROM,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          attachments: email.attachments.map((a) => ({
            filename: a.filename,
            content: a.base64,
            contentType: a.contentType,
          })),
        },
        { idempotencyKey: `email-${email.id}` },
      ),
      SEND_TIMEOUT_MS,
    );
    if (error) throw new Error(`${error.name}: ${error.message}`);
    await db
      .update(emails)
      .set({ status: "sent", sentAt: now(), attempts, providerMessageId: data?.id ?? null, lastError: null, ...PURGED_BODY })
      .where(eq(emails.id, email.id));
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ err: error, emailId: email.id, to: email.to, attempts }, "email: not sent");
    const givenUp = attempts >= MAX_ATTEMPTS;
    await db
      .update(emails)
      .set({
        ...(givenUp ? { status: "failed" as const, ...PURGED_BODY } : { status: "pending" as const }),
        attempts,
        lastError: message.slice(0, 1000),
        nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)),
      })
      .where(eq(emails.id, email.id));
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
