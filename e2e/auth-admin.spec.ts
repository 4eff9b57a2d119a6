import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { demoAdmin, demoCustomer, signIn, signInNewCustomer } from "./support/accounts";
import { expectSignedOut, submitSignIn } from "./support/auth-helpers";

async function findUser(page: Page, email: string) {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toBeVisible();
  return row;
}

/** Clicks one of a user's admin buttons and waits for the row to show the other state. */
async function act(page: Page, email: string, button: string, then: string) {
  const row = await findUser(page, email);
  await row.getByRole("button", { name: `${button} ${email}` }).click();
  await expect(row.getByRole("button", { name: `${then} ${email}` })).toBeVisible();
}

test("a customer is kept out of /admin, and an anonymous visitor is sent to sign in", async ({ browser }) => {
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto("/admin/users");
  await expect(anonymousPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);

  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  await signInNewCustomer(customerPage);
  const response = await customerPage.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(customerPage.getByRole("heading", { name: "This area is for cinema staff" })).toBeVisible();
  await anonymous.close();
  await customer.close();
});

test("the admin users list searches and pages, and an admin cannot act on their own account", async ({ adminPage: page }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  const self = await findUser(page, demoAdmin.email);
  await expect(self.getByText("This is you")).toBeVisible();
  await expect(self.getByRole("button")).toHaveCount(0);
  await page.goto("/admin/users?q=no-such-user-anywhere%25_");
  await expect(page.getByText("No users match that search.")).toBeVisible();
});

test("an admin demoted while signed in loses access on the next request", async ({ browser, adminPage }) => {
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const account = await signInNewCustomer(userPage);

  await act(adminPage, account.email, "Make admin", "Remove admin from");
  await expect((await findUser(adminPage, account.email)).getByRole("cell", { name: "admin", exact: true })).toBeVisible();

  // The promotion ended the user's old session; signed in again, they are an admin — one that the
  // security policy sends to set up two-step verification before /admin (e2e/mfa.spec.ts goes on).
  await signIn(userPage, account, "/admin/users");
  // (e2e/mfa.spec.ts turns the policy off for a moment: then /admin/users opens directly.)
  await expect(userPage).toHaveURL(/\/account\/security\?mfa=required|\/admin\/users/);

  await act(adminPage, account.email, "Remove admin from", "Make admin");
  await expect((await findUser(adminPage, account.email)).getByRole("cell", { name: "customer", exact: true })).toBeVisible();

  const next = await userPage.goto("/admin/users");
  expect(next?.url()).not.toMatch(/\/admin\/users$/);
  await expect(userPage.getByRole("heading", { name: "Users" })).toHaveCount(0);
  await userContext.close();
});

test("a disabled account is signed out at once and cannot sign in until enabled", async ({ browser, adminPage }) => {
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const account = await signInNewCustomer(userPage);

  await act(adminPage, account.email, "Disable", "Enable");
  await expect((await findUser(adminPage, account.email)).getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();

  await expectSignedOut(userPage);
  await submitSignIn(userPage, account.email, account.password);
  await expect(userPage.getByText("That email and password don't match an account.")).toBeVisible();

  await act(adminPage, account.email, "Enable", "Disable");
  await expect((await findUser(adminPage, account.email)).getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await signIn(userPage, account);
  await userContext.close();
});

/**
 * Captures the real server action request a button sends (as an admin, from the admin page), so the
 * test can replay it with other cookies.
 */
async function captureActionRequest(page: Page, click: () => Promise<void>) {
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/admin/users**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await click();
  await expect.poll(() => Boolean(captured)).toBe(true);
  await page.unroute("**/admin/users**");
  return captured as { headers: Record<string, string>; body: Buffer };
}

test("an admin server action called directly by a customer or anonymously is refused", async ({ browser, adminPage, playwright, baseURL }) => {
  const targetContext = await browser.newContext();
  const target = await signInNewCustomer(await targetContext.newPage());
  await targetContext.close();

  const row = await findUser(adminPage, target.email);
  const action = await captureActionRequest(adminPage, () =>
    row.getByRole("button", { name: `Make admin ${target.email}` }).click(),
  );

  const customerContext = await browser.newContext();
  await signIn(await customerContext.newPage(), demoCustomer);
  const customerCookies = (await customerContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const replay = async (cookie: string | null, skipMiddleware: boolean) => {
    const api = await playwright.request.newContext({ baseURL });
    const headers: Record<string, string> = {
      "next-action": action.headers["next-action"],
      "content-type": action.headers["content-type"],
      accept: "text/x-component",
      origin: baseURL ?? "",
    };
    if (cookie) headers.cookie = cookie;
    // middleware.ts does not run on router prefetches: this header takes the early redirect out of
    // the way, so what answers is the action's own requireAdmin() guard.
    if (skipMiddleware) headers["next-router-prefetch"] = "1";
    const response = await api.post("/admin/users", { headers, data: action.body, maxRedirects: 0 });
    const result = { status: response.status(), text: await response.text() };
    await api.dispose();
    return result;
  };

  // Through the middleware: the customer is rewritten to the 403 page (where the action does not
  // exist), the anonymous caller redirected to sign in; neither reaches the action.
  const viaMiddleware = [await replay(customerCookies, false), await replay(null, false)];
  expect(viaMiddleware[0].status).toBeGreaterThanOrEqual(400);
  expect(viaMiddleware[1].status).toBe(307);
  // Past the middleware: the data access layer refuses the action itself.
  expect((await replay(customerCookies, true)).text).toContain("Only administrators can do that.");
  expect((await replay(null, true)).text).toContain("Sign in to continue.");

  // Nothing changed: the target is still a customer.
  await expect((await findUser(adminPage, target.email)).getByRole("cell", { name: "customer", exact: true })).toBeVisible();
  await customerContext.close();
});
