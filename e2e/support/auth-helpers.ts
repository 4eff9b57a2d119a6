import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { resendMockUrl } from "./ports";
import type { SentEmail } from "./mailbox";



/**
 * A made-up client address for one test, sent as X-Forwarded-For: the e2e server trusts one proxy hop
 * (TRUSTED_PROXY_HOPS=1 in playwright.config.ts), so the per-address rate limits then count this test
 * alone and tests that fail sign-ins on purpose never throttle their neighbours.
 */
export function isolatedIp() {
  const part = () => Math.floor(Math.random() * 250) + 1;
  return `10.${part()}.${part()}.${part()}`;
}

export async function newIsolatedContext(browser: Browser, ip = isolatedIp()): Promise<BrowserContext> {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
}

/** Every message the app sent to `to`, oldest first. */
export async function emailsTo(to: string): Promise<SentEmail[]> {
  const response = await fetch(`${resendMockUrl}/emails?to=${encodeURIComponent(to)}`);
  return (await response.json()) as SentEmail[];
}

/** Waits until `to` has received `count` messages whose subject contains `subject`; returns them. */
export async function waitForEmailCount(to: string, subject: string, count: number): Promise<SentEmail[]> {
  let found: SentEmail[] = [];
  await expect
    .poll(async () => {
      found = (await emailsTo(to)).filter((m) => m.subject.includes(subject));
      return found.length;
    }, { message: `${count} emails to ${to} about "${subject}"`, timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** True when the page is signed out: /account sends it to the sign-in page. */
export async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
}

export async function expectSignedIn(page: Page) {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
}

/** Submits the sign-in form without asserting the outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in"),
    page.getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
  // React resets the form once the answer is rendered; typing before that would be wiped.
  await expect(page.getByLabel("Password")).toHaveValue("");
}
