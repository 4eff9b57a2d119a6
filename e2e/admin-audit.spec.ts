import { expect, test } from "./support/fixtures";
import { newAccount, signUpVerifiedCustomer } from "./support/accounts";
import { submitSignIn } from "./support/auth-helpers";

test("an admin reads the audit log: security events with address and browser, filtered by user, action and date", async ({ browser, adminPage: page }) => {
  // A customer signs up, signs in, and mistypes the password once: all of it lands in the log.
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  const customer = await signUpVerifiedCustomer(customerPage, newAccount("audited"));
  await customerPage.getByRole("button", { name: "Sign out" }).click();
  await customerPage.goto("/sign-in");
  await submitSignIn(customerPage, customer.email, "not my password at all");
  await expect(customerPage.getByText("That email and password don't match an account.")).toBeVisible();
  await customerContext.close();

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();

  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("User (email or id)").fill(customer.email);
  await filters.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByRole("table").getByRole("row");
  for (const action of ["auth.email_verified", "auth.signed_in", "auth.sign_in_failed"]) {
    await expect(rows.filter({ hasText: action }).first()).toBeVisible();
  }
  await expect(rows.filter({ hasText: "auth.signed_in" }).first()).toContainText(customer.email);

  await filters.getByLabel("Action").selectOption("auth.sign_in_failed");
  const today = new Date().toISOString().slice(0, 10);
  await filters.getByLabel("From (UTC)").fill(today);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=auth.sign_in_failed/);
  await expect(rows).toHaveCount(2); // the header row and the one failure
  await expect(rows.nth(1)).toContainText(`email: ${customer.email}`);

  await page.goto("/admin/audit?from=yesterday");
  await expect(page.getByText("Use a date like 2026-01-31.")).toBeVisible();
});

test("the audit log at phone and desktop widths", async ({ adminPage: page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/admin/audit");
    await expect(page.getByRole("table")).toBeVisible();
    await page.screenshot({ path: `test-results/screens/admin-audit-${width}.png`, fullPage: false });
  }
});
