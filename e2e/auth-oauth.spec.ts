import { expect, test } from "@playwright/test";
import { newAccount, signInNewCustomer } from "./support/accounts";
import { expectSignedIn, expectSignedOut } from "./support/auth-helpers";
import { continueWithOidc } from "./support/oidc-sign-in";

test("a new visitor signs in through the OpenID Connect provider and gets a server-side session", async ({ page }) => {
  const email = newAccount("oidc").email;
  await continueWithOidc(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectSignedIn(page);
  await expect(page.getByText(email)).toBeVisible();
  await page.goto("/account/security");
  await expect(page.getByRole("list", { name: "Signed-in devices" }).getByText("This device")).toBeVisible();
  await expect(page.getByText("there is no password to change")).toBeVisible();

  // Signing out and in again reuses the same linked account.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // Wait for the sign-out to land before navigating, or the navigation cancels it.
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectSignedOut(page);
  // Forget the provider's own login too, so it asks again (cookies are per host, not per port).
  await page.context().clearCookies();
  await continueWithOidc(page, email);
  await expectSignedIn(page);
  await expect(page.getByText(email)).toBeVisible();
});

test("an OAuth identity whose email carries no email_verified claim creates no account", async ({ page }) => {
  await continueWithOidc(page, newAccount("unverified-oidc").email);
  await expect(page).toHaveURL(/\/sign-in\?error=OAuthEmailMissing/);
  await expect(page.getByText("didn't share a confirmed email address", { exact: false })).toBeVisible();
  await expectSignedOut(page);
});

test("an OAuth email that matches an existing account is not linked silently", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await signInNewCustomer(await ownerContext.newPage());
  await ownerContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await continueWithOidc(page, owner.email);
  await expect(page).toHaveURL(/\/sign-in\?error=OAuthAccountNotLinked/);
  await expect(page.getByText("An account with this email address already exists.", { exact: false })).toBeVisible();
  await expectSignedOut(page);
  await context.close();
});

test("a tampered OAuth state gives no session", async ({ page }) => {
  // The provider echoes the state it is given back to our callback, which must refuse a foreign one.
  await page.route(/\/auth\?.*state=/, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("state", "tampered-state-value");
    await route.continue({ url: url.toString() });
  });
  await continueWithOidc(page, newAccount("oidc").email);
  await expect(page).toHaveURL(/\/sign-in\?error=/);
  await expect(page.getByText("didn't complete", { exact: false })).toBeVisible();
  await expectSignedOut(page);
});
