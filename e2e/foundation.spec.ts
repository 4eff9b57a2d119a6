import { expect, test } from "@playwright/test";

const customer = { email: "customer@marquee.test", password: "marquee-customer-demo" };

test("the home page lists seeded movies now showing", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Now showing" })).toBeVisible();
  const movies = page.getByRole("region", { name: "Now showing" }).getByRole("listitem");
  expect(await movies.count()).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an unknown page is a real 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse movies" })).toBeVisible();
});

test("a customer signs in, is kept out of the admin area, and signs out", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await page.getByLabel("Email").fill(customer.email);
  await page.getByLabel("Password").fill(customer.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(customer.email)).toBeVisible();

  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This area is for cinema staff" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password gets one clear message and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(customer.email);
  await page.getByLabel("Password").fill("not-the-right-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(customer.email);
});
