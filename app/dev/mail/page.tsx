import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { canReadLocalOutbox, listOutbox } from "@/lib/email/outbox";
import { clientIp } from "@/lib/security/client-ip";

export const metadata: Metadata = { title: "Local outbox", robots: { index: false } };

const URL_PATTERN = /(https?:\/\/[^\s)\]]+)/g;

/** Plain text with its links made clickable; everything else stays text (React escapes it). */
function Linkified({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="break-all font-medium text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** The emails the app "sent" without RESEND_API_KEY, newest first: development, on this machine only. */
export default async function DevMailPage() {
  // The TCP peer itself (no proxy hops trusted): a forwarded header can't make a caller look local.
  if (!canReadLocalOutbox(clientIp(await headers(), 0))) notFound();
  const messages = await listOutbox();
  return (
    <main id="main" className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Local outbox</h1>
      <p className="text-zinc-600">Emails are kept here in development when RESEND_API_KEY is not set. Only this machine can open this page. Newest first.</p>
      {messages.length === 0 ? <p>No emails yet.</p> : null}
      <ul className="flex flex-col gap-3">
        {messages.map((message, index) => (
          <li key={message.id} className="rounded-xl border border-zinc-200 bg-white">
            <details open={index === 0}>
              <summary className="cursor-pointer px-4 py-3">
                <span className="font-semibold">{message.subject}</span>
                <span className="block text-sm text-zinc-600">
                  To {message.to} · {message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC · {message.template}
                </span>
              </summary>
              <pre className="overflow-x-auto whitespace-pre-wrap border-t border-zinc-200 px-4 py-3 font-sans text-sm">
                <Linkified text={message.text} />
              </pre>
            </details>
          </li>
        ))}
      </ul>
    </main>
  );
}
