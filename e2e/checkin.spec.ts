import { createHmac, hkdfSync, randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";

/**
 * The door check-in view, reached from the admin's orders as staff reach it from the box office. A
 * code's signature is checked before the database: a forged code is refused as such, a well-signed
 * code of no ticket is "not found". Admitting a real ticket once and refusing the second scan is
 * covered by lib/orders/check-in.test.ts and e2e/box-office.spec.ts.
 */
function signLikeTheServer(code: string) {
  // The same derivation as lib/orders/ticket-codes.ts, from the secret the e2e server runs with.
  const secret = process.env.AUTH_SECRET ?? "";
  const key = Buffer.from(hkdfSync("sha256", secret, "marquee", "marquee ticket code v1", 32));
  return `${code}.${createHmac("sha256", key).update(code).digest("base64url")}`;
}

test.beforeEach(async ({ adminPage: page }) => {
  await page.goto("/admin/orders");
  await page.getByRole("link", { name: "Ticket check-in" }).click();
  await expect(page.getByRole("heading", { name: "Check-in at the door" })).toBeVisible();
});

test("a forged or mistyped code is refused before any lookup", async ({ adminPage: page }) => {
  const code = page.getByLabel("Ticket code");
  await expect(code).toBeFocused();
  await code.fill(`${"0".repeat(32)}.${"A".repeat(43)}`);
  await code.press("Enter");
  const refused = page.getByRole("region", { name: "Refused" });
  await expect(refused).toContainText("Not admitted");
  await expect(refused).toContainText("Not a valid ticket code");

  await code.fill("MQ-7K3F9Q");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(refused).toContainText("Not a valid ticket code");
});

test("a correctly signed code of no ticket is not found", async ({ adminPage: page }) => {
  const code = page.getByLabel("Ticket code");
  await code.fill(signLikeTheServer(randomUUID().replaceAll("-", "")));
  await code.press("Enter");
  await expect(page.getByRole("region", { name: "Refused" })).toContainText("No ticket has this code.");
});

test("the admin's old check-in address leads to the door's page", async ({ adminPage: page }) => {
  await page.goto("/admin/orders/check-in");
  await expect(page).toHaveURL(/\/box-office\/check-in$/);
});
