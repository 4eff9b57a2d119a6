import { expect, type Page } from "@playwright/test";
import { linkIn, waitForEmail } from "./mailbox";
import { leaseCustomer } from "./pool";
import { passSecondFactor } from "./totp";

/** The seed enrols the demo admin's authenticator with this secret (db/seed/index.ts). */
export const demoAdmin = { email: "admin@marquee.test", password: "marquee-admin-demo", totpSecret: "MARQUEEDEMOADMINTOTPSECRETKEY234" };
export const demoCustomer = { email: "customer@marquee.test", password: "marquee-customer-demo" };

export type Account = { name: string; email: string; password: string };

/** A new, unique account for one test, so parallel tests never share a cart or orders. */
export function newAccount(label = "customer"): Account {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return { name: `Pat Tester`, email: `${label}-${id}@example.test`, password: `correct horse ${id} battery` };
}

/**
 * Signs in through the real form; an account with `totpSecret` also passes the second step (which may
 * wait up to 30 s for a fresh code: tests that only need an admin use the `adminPage` fixture instead).
 */
export async function signIn(page: Page, account: Pick<Account, "email" | "password"> & { totpSecret?: string }, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  if (account.totpSecret) await passSecondFactor(page, account.totpSecret);
  // Wait for the redirect, not just a "Sign out" button: one is already there if a session existed.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

/**
 * Signs a customer of this test alone into `page` through the real sign-in form; the account itself
 * was made verified, directly in the database (e2e/support/pool.ts). Ends on the home page.
 */
export async function signInNewCustomer(page: Page): Promise<Account> {
  const account = leaseCustomer();
  await signIn(page, account);
  return account;
}

/** Fills and sends the sign-up form already on the page, and waits for "Check your email". */
export async function submitSignUp(page: Page, account: Account) {
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Signs up through the real form, confirms the address from the recorded email, then signs in. */
export async function signUpVerifiedCustomer(page: Page, account = newAccount()): Promise<Account> {
  await page.goto("/sign-up");
  await submitSignUp(page, account);
  const email = await waitForEmail(account.email, "Confirm your email address");
  await page.goto(linkIn(email, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed. Sign in to continue.")).toBeVisible();
  // Confirming signs nobody in (lib/auth/verify-email.ts): the password does. Ends on the home page.
  await signIn(page, account);
  return account;
}
