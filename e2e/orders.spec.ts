import { expect, test } from "./support/fixtures";
import { signInNewCustomer } from "./support/accounts";

/**
 * The orders area at its edges: a fresh customer's empty checkout and order list, and nobody else's
 * order. The buy → confirm → email → change → cancel journey is e2e/orders-journey.spec.ts.
 */
test("a new customer sees an empty checkout and no orders, with a way to start booking", async ({ page }) => {
  await signInNewCustomer(page);
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Place order/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Browse movies" }).click();
  await expect(page).toHaveURL(/\/movies/);

  await page.goto("/account/orders");
  await expect(page.getByRole("heading", { name: "Your orders" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No orders yet" })).toBeVisible();
});

test("checkout and orders ask a signed-out visitor to sign in first", async ({ page }) => {
  await page.goto("/checkout");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcheckout/);
  await page.goto("/account/orders");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Forders/);
  const calendar = await page.request.get("/api/orders/MQ-7K3F9Q/calendar/00000000-0000-4000-8000-000000000000");
  expect(calendar.status()).toBe(401);
});

test("an order number that is not the customer's is not found, and so is its calendar file", async ({ page }) => {
  await signInNewCustomer(page);
  for (const number of ["MQ-7K3F9Q", "not-an-order"]) {
    const response = await page.goto(`/account/orders/${number}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Order not found" })).toBeVisible();
  }
  const print = await page.goto("/account/orders/MQ-7K3F9Q/print");
  expect(print?.status()).toBe(404);
  const calendar = await page.request.get("/api/orders/MQ-7K3F9Q/calendar/00000000-0000-4000-8000-000000000000");
  expect(calendar.status()).toBe(404);
});

test("a forged QR image path is refused", async ({ request }) => {
  const response = await request.get(`/api/orders/qr/${"a".repeat(32)}.${"B".repeat(43)}`);
  expect(response.status()).toBe(404);
});

test("an admin searches orders with the filters kept in the URL", async ({ adminPage: page }) => {
  await page.goto("/admin/orders");
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  const search = page.getByRole("search", { name: "Search orders" });
  await search.getByLabel("Customer email").fill("nobody-%_@example.test");
  await search.getByLabel("Order status").selectOption("cancelled");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/email=nobody-%25_%40example\.test/);
  await expect(page).toHaveURL(/status=cancelled/);
  await expect(page.getByText("No orders match.")).toBeVisible();
  await expect(search.getByLabel("Customer email")).toHaveValue("nobody-%_@example.test");
  // A hand-edited URL with nonsense values still shows the list.
  await page.goto("/admin/orders?status=bogus&page=-4&date=yesterday");
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
});

test("a customer cannot open the admin orders page", async ({ page }) => {
  await signInNewCustomer(page);
  const response = await page.goto("/admin/orders");
  expect(response?.status()).toBe(403);
});
