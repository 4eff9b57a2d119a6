import { expect } from "@playwright/test";
import { resendMockUrl } from "./ports";

export type SentEmail = { id: string; to: string[]; subject: string; html: string; text: string; attachments: { filename: string; content: string }[] };



/** Waits for a message to `to` whose subject matches, as the app's Resend client sent it. */
export async function waitForEmail(to: string, subject: RegExp | string): Promise<SentEmail> {
  let found: SentEmail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${resendMockUrl}/emails?to=${encodeURIComponent(to)}`);
        const messages = (await response.json()) as SentEmail[];
        found = messages.findLast((m) => (typeof subject === "string" ? m.subject.includes(subject) : subject.test(m.subject)));
        return Boolean(found);
      },
      { message: `email to ${to} matching ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found as SentEmail;
}

/** The first link in an email's text part that starts with `prefix` (e.g. the app URL + "/verify-email"). */
export function linkIn(email: SentEmail, pathPrefix: string): string {
  const match = email.text.match(new RegExp(`https?://[^\\s)\\]]*${pathPrefix.replace(/[/.?]/g, "\\$&")}[^\\s)\\]]*`));
  if (!match) throw new Error(`no ${pathPrefix} link in "${email.subject}"`);
  return match[0];
}

export async function failNextEmails(count: number) {
  await fetch(`${resendMockUrl}/fail?count=${count}`, { method: "POST" });
}
