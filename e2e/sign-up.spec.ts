import { expect, test } from "@playwright/test";
import { newAccount, signUpVerifiedCustomer } from "./support/accounts";
import { linkIn, waitForEmail } from "./support/mailbox";

test("a visitor signs up, confirms the email from the link, and signs in", async ({ page }) => {
  const account = await signUpVerifiedCustomer(page);
  await page.goto("/account");
  await expect(page.getByText(account.email)).toBeVisible();
});

test("a verification link works once", async ({ page }) => {
  const account = newAccount();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const link = linkIn(await waitForEmail(account.email, "Confirm your email address"), "/verify-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/verified=1/);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
});

test("signup with a registered address looks the same and emails the owner instead", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill("customer@marquee.test");
  await page.getByLabel("Password").fill("another long passphrase here");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await waitForEmail("customer@marquee.test", "You already have a Marquee account");
});

test("a short password is refused next to the field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Pat");
  await page.getByLabel("Email").fill(newAccount().email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters (you have 5).")).toBeVisible();
});
