import { expect, test } from "@playwright/test";
import { newAccount, signUpVerifiedCustomer } from "./support/accounts";
import { expectSignedOut } from "./support/auth-helpers";
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

test("confirming an address someone else signed up with signs nobody in: a password sign-in is asked for", async ({ browser }) => {
  // The attacker signs up with the victim's address and a password of their own.
  const victim = newAccount("victim");
  const attacker = await browser.newContext();
  const attackerPage = await attacker.newPage();
  await attackerPage.goto("/sign-up");
  await attackerPage.getByLabel("Name").fill("Mallory");
  await attackerPage.getByLabel("Email").fill(victim.email);
  await attackerPage.getByLabel("Password").fill("a passphrase only I know 4 sure");
  await attackerPage.getByRole("button", { name: "Create account" }).click();
  await expect(attackerPage.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await attacker.close();

  // The victim clicks the link in their inbox: the address is confirmed, but no session comes with it.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkIn(await waitForEmail(victim.email, "Confirm your email address"), "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/sign-in\?verified=1$/);
  await expect(page.getByText("Your email is confirmed. Sign in to continue.")).toBeVisible();
  await expectSignedOut(page);
  await context.close();
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
