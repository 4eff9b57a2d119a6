import { inject } from "vitest";

/**
 * Helpers for the API tests (e2e/api/*.api.ts): plain fetch against the server that
 * e2e/api/support/server.ts started, and the emails it sent, read back from the Resend stand-in.
 * Not e2e/support/mailbox.ts: that one polls with Playwright's expect, which does not run under Vitest.
 */

export type ApiResponse<T = unknown> = { status: number; headers: Headers; body: T | null; text: string };

export type ApiOptions = {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
  /** The client address the server sees (it trusts one proxy hop); see uniqueIp(). */
  ip?: string;
};

export function apiUrl(path: string): string {
  return `${inject("apiBaseUrl")}${path}`;
}

export async function api<T = unknown>(path: string, options: ApiOptions = {}): Promise<ApiResponse<T>> {
  const headers = new Headers(options.headers);
  if (options.body !== undefined) headers.set("Content-Type", "application/json");
  if (options.token !== undefined) headers.set("Authorization", `Bearer ${options.token}`);
  if (options.ip !== undefined) headers.set("X-Forwarded-For", options.ip);
  const response = await fetch(apiUrl(path), {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    // A 3xx is something to assert on, not to follow.
    redirect: "manual",
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: parseJson<T>(text), text };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    // An HTML error page or an empty 204: tests assert on `text` or `status` instead.
    return null;
  }
}

let ipCounter = 0;

/**
 * A client address no other test in this run uses, so one test's per-address rate limits (kept in the
 * database, so they outlive a test file) never throttle another. Every test file runs in a process of
 * its own, and processes alive within one run have distinct pids (mod 65,536): 10.<pid>.<counter>.
 */
export function uniqueIp(): string {
  const n = ipCounter++;
  if (n > 255) throw new Error("uniqueIp: more than 256 addresses in one test file; split the file");
  return `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${n}`;
}

export type SentEmail = {
  id: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string }[];
};

/** Waits (up to 15 s) for the newest message to `to` whose subject matches, as the app sent it. */
export async function waitForEmail(to: string, subject: RegExp): Promise<SentEmail> {
  const mock = inject("resendMockUrl");
  if (!mock) throw new Error("no Resend stand-in: set API_TEST_RESEND_URL along with API_TEST_BASE_URL");
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await fetch(`${mock}/emails?to=${encodeURIComponent(to)}`);
    const messages = (await response.json()) as SentEmail[];
    const found = messages.findLast((message) => subject.test(message.subject));
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = messages.map((message) => message.subject).join(" | ") || "none";
      throw new Error(`no email to ${to} matching ${subject} within 15 s (received: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The first link in an email's text part whose path starts with `pathPrefix` ("/verify-email"): anchored
 * at the path, unlike mailbox.ts's, so a prefix never matches the middle of another link.
 */
export function linkIn(email: SentEmail, pathPrefix: string): string {
  const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = email.text.match(new RegExp(`https?://[^\\s/)\\]]+${escaped}[^\\s)\\]]*`));
  if (!match) throw new Error(`no ${pathPrefix} link in "${email.subject}"`);
  return match[0];
}

/** The `token` query parameter of a link from an email. */
export function tokenFromLink(link: string): string {
  const token = new URL(link).searchParams.get("token");
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** The body of an answer the test has already checked succeeded (fails loudly when there is none). */
export function bodyOf<T>(response: ApiResponse<T>): T {
  if (response.body === null) throw new Error(`expected a JSON body, got ${response.status}: ${response.text.slice(0, 200)}`);
  return response.body;
}
