import { afterEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { emails } from "@/db/schema";
import { testDb, unique } from "@/test/database";
import { createUserFixture } from "@/test/fixtures/showtime";
import { log } from "@/lib/log/logger";

/**
 * Issue 16 point 6: reset and verification links must not stay readable in the `emails` table. These
 * run with Resend configured (as production must be) and answer the SDK's HTTP calls here, so each test
 * sees what left for the provider and what the table kept.
 */
vi.hoisted(() => {
  process.env.RESEND_API_KEY = "re_vitest";
  process.env.RESEND_BASE_URL = "https://resend.vitest.test";
});

// requestPasswordReset sends after the response (next/server's after()); here it runs at once.
const pendingWork: Promise<unknown>[] = [];
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (work: () => Promise<unknown>) => pendingWork.push(work()),
}));

type SentToResend = { to: string; text: string; html: string };
const sentToResend: SentToResend[] = [];
let resendAnswers: "ok" | "error" = "ok";

vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith("https://resend.vitest.test/")) throw new Error(`unexpected fetch ${url}`);
  if (resendAnswers === "error") return Response.json({ name: "application_error", message: "down" }, { status: 500 });
  sentToResend.push(JSON.parse(String(init?.body)) as SentToResend);
  return Response.json({ id: `re_${sentToResend.length}` });
});

// deliver.ts logs each failed attempt; the failures here are on purpose.
vi.spyOn(log, "warn").mockImplementation(() => undefined);

afterEach(() => {
  resendAnswers = "ok";
});

async function storedFor(address: string) {
  const db = await testDb();
  return db
    .select({ status: emails.status, html: emails.html, text: emails.text, attachments: emails.attachments })
    .from(emails)
    .where(eq(sql`lower(${emails.to})`, address.toLowerCase()));
}

describe("email bodies after delivery", () => {
  it("with a mail provider configured there is no local outbox, even from this machine", async () => {
    const { canReadLocalOutbox, localOutboxEnabled } = await import("./outbox");
    expect(localOutboxEnabled()).toBe(false);
    expect(canReadLocalOutbox("127.0.0.1")).toBe(false);
  });

  it("a password reset leaves no usable token in the emails table", async () => {
    const { requestPasswordReset } = await import("@/lib/auth/password-reset");
    const db = await testDb();
    const user = await createUserFixture(db, { email: `${unique("reset")}@example.test` });
    await requestPasswordReset(user.email);
    await Promise.all(pendingWork);

    const delivered = sentToResend.find((message) => message.to === user.email);
    const token = /reset-password\?token=([\w-]+)/.exec(delivered?.text ?? "")?.[1];
    expect(token, "the reset link reached the provider").toBeTruthy();

    const stored = await storedFor(user.email);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: "sent", html: "", text: "", attachments: [] });
    const everything = JSON.stringify(await db.select().from(emails));
    expect(everything).not.toContain(token);
  });

  it("a verification email keeps no link once sent", async () => {
    const { sendVerificationEmail } = await import("@/lib/auth/sign-up");
    const db = await testDb();
    const user = await createUserFixture(db, { email: `${unique("verify")}@example.test`, emailVerified: null });
    await sendVerificationEmail(user);
    expect(sentToResend.find((message) => message.to === user.email)?.text).toMatch(/verify-email\?token=/);
    expect(await storedFor(user.email)).toEqual([{ status: "sent", html: "", text: "", attachments: [] }]);
  });

  it("keeps the body only while it may still be sent, and drops it when delivery is given up", async () => {
    const { sendVerificationEmail } = await import("@/lib/auth/sign-up");
    const { deliverEmail } = await import("./deliver");
    const db = await testDb();
    const user = await createUserFixture(db, { email: `${unique("retry")}@example.test`, emailVerified: null });
    resendAnswers = "error";
    await sendVerificationEmail(user);
    const [pending] = await storedFor(user.email);
    expect(pending.status).toBe("pending");
    expect(pending.text).toMatch(/verify-email\?token=/);

    const [row] = await db.select().from(emails).where(eq(emails.to, user.email));
    await deliverEmail(db, { ...row, attempts: 7 });
    expect(await storedFor(user.email)).toEqual([{ status: "failed", html: "", text: "", attachments: [] }]);
  });
});
