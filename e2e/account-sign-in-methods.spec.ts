import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { newAccount } from "./support/accounts";
import { expectSignedIn } from "./support/auth-helpers";
import { waitForEmail } from "./support/mailbox";

/** The local OpenID Connect provider's own login and consent screens, as `login`. */
async function passProviderScreens(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a customer connects the identity provider to their account, signs in with it, and disconnects it", async ({ page, customer: account }) => {
  // A different address at the provider: linking is explicit, never by matching emails.
  const providerLogin = newAccount("linked-identity").email;
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Connect Test identity provider" }).click();
  await passProviderScreens(page, providerLogin);
  await expect(page).toHaveURL(/\/account\/security\?connect=connected/);
  await expect(page.getByText("Test identity provider is connected")).toBeVisible();
  await waitForEmail(account.email, "Test identity provider was connected to your Marquee account");
  const log = page.getByRole("list", { name: "Security events of the last 90 days" });
  await expect(log).toContainText("Sign-in service connected");
  // The sign-in of the customer fixture, with the device it came from.
  await expect(log.getByRole("listitem").filter({ hasText: "Signed in" }).first()).toContainText("Chrome on");

  // Signed out (and forgotten by the provider), the provider now opens this account.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test identity provider" }).click();
  await passProviderScreens(page, providerLogin);
  await expectSignedIn(page);
  await expect(page.getByRole("region", { name: "Your details" })).toContainText(account.email);

  await page.goto("/account/security");
  await page.getByRole("button", { name: "Disconnect Test identity provider" }).click();
  await expect(page.getByText("Disconnected. It can no longer sign you in.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Connect Test identity provider" })).toBeVisible();
  await waitForEmail(account.email, "Test identity provider was disconnected from your Marquee account");
});

test("the only way into an account cannot be disconnected", async ({ page }) => {
  const login = newAccount("oidc-only").email;
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test identity provider" }).click();
  await passProviderScreens(page, login);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Disconnect Test identity provider" }).click();
  await expect(page.getByText("Test identity provider is your only way to sign in.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Disconnect Test identity provider" })).toBeVisible();
});
