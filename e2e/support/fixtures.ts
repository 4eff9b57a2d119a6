import path from "node:path";
import { test as base, type Page } from "@playwright/test";
import { signInNewCustomer, type Account } from "./accounts";

/** Written by e2e/admin.setup.ts (the "setup" project), gitignored. */
// Relative to the repository root, where Playwright runs (scripts/test.sh).
export const ADMIN_STORAGE_STATE = path.resolve("e2e/.auth/admin.json");

/**
 * `adminPage`: a page in a fresh browser context already signed in as the demo admin, shared state
 * from the setup project. Never sign it out or revoke its sessions: other tests use the same session.
 * Tests about signing in, out or sessions sign the admin in themselves (signIn with the TOTP step).
 */
export const test = base.extend<{ adminPage: Page; customer: Account }>({
  adminPage: async ({ browser }, provide) => {
    const context = await browser.newContext({ storageState: ADMIN_STORAGE_STATE });
    const page = await context.newPage();
    await provide(page);
    await context.close();
  },
  /** A verified customer of this test alone, signed in on `page` (which ends on the home page). */
  customer: async ({ page }, provide) => {
    await provide(await signInNewCustomer(page));
  },
});

export { expect } from "@playwright/test";
