import AxeBuilder from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, signInNewCustomer } from "./support/accounts";
import { pickSeats, signInNewStaff } from "./support/box-office";
import { freeSeats } from "./support/seat-map";
import { leaseShowtime } from "./support/pool";

/**
 * The box office as staff use it: an admin makes a customer staff, who sells two seats at the counter
 * for cash, prints them, admits one at the door (once), marks a pay-at-cinema reservation paid, and
 * is kept out of /admin. Customers are kept out of the box office.
 */

const demoStaff = { email: "staff@marquee.test", password: "marquee-staff-demo" };

/** The page at a phone's and a desktop's width: a screenshot of each, and no serious axe violation at either. */
/** Books one free seat of a showtime, pay at the cinema; returns the order number (ends on the order page). */
async function reserveOneSeat(page: Page, showtimeUrl: string) {
  await page.goto(showtimeUrl);
  await freeSeats(page).first().click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await page.getByRole("radio", { name: /Pay at the cinema/ }).check();
  await page.getByRole("button", { name: /Place order/ }).click();
  await expect(page).toHaveURL(/\/account\/orders\/MQ-/);
  return page.url().match(/MQ-[A-Z0-9]{6}/)?.[0] ?? "";
}

async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`box-office-${name}-${width}.png`), fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${name} at ${width}px: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  }
}

test("staff sell two seats at the counter, print them, admit one at the door once, take payment for reservations at the door and the desk, and are kept out of /admin", async ({ browser, page, adminPage }, testInfo) => {
  test.setTimeout(240_000);
  await signInNewStaff(adminPage, page);

  await page.goto("/box-office");
  await expect(page.getByRole("heading", { name: /^Today at / })).toBeVisible();
  await expect(page.getByLabel("Cinema")).toBeVisible();
  await screenshots(page, testInfo, "today");

  // The counter sale: a showtime starting within the hour, two seats, cash.
  const showtime = leaseShowtime({ soon: true });
  await page.goto(`/box-office/showtimes/${showtime.id}`);
  await expect(page.getByRole("heading", { name: `Sell seats: ${showtime.movie}` })).toBeVisible();
  const [first, second] = await pickSeats(page, 2);
  await screenshots(page, testInfo, "seat-map");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/box-office\/sale$/);
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText(second)).toBeVisible();
  await page.getByRole("radio", { name: /Cash/ }).check();
  await screenshots(page, testInfo, "payment");
  await page.getByRole("button", { name: /^Paid · / }).click();

  await expect(page).toHaveURL(/\/box-office\/orders\/MQ-[A-Z0-9]{6}\?sold=1/);
  await expect(page.getByRole("status").filter({ hasText: "Sale complete" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR code for Row/ })).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Print tickets" })).toBeVisible();
  await screenshots(page, testInfo, "tickets");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Box office" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print tickets" })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("box-office-tickets-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });
  const code = (await page.getByRole("listitem", { name: `Ticket ${first}` }).locator("p.font-mono").innerText()).trim();

  // The door: the typed code admits once; the second scan is refused as used.
  await page.getByRole("link", { name: "Check-in" }).click();
  await expect(page.getByRole("heading", { name: "Check-in at the door" })).toBeVisible();
  // With BarcodeDetector or the jsQR fallback every camera-capable browser scans (e2e/door-camera.spec.ts reads a QR).
  await expect(page.getByRole("button", { name: "Scan with camera" })).toBeVisible();
  await page.getByLabel("Ticket code").fill(code);
  await page.getByLabel("Ticket code").press("Enter");
  const admitted = page.getByRole("region", { name: "Admitted" });
  await expect(admitted).toContainText(first);
  await expect(admitted).not.toContainText("Not paid yet");
  await screenshots(page, testInfo, "check-in");
  await page.getByLabel("Ticket code").fill(code);
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByRole("region", { name: "Refused" })).toContainText("Already checked in");

  // A customer reserves online to pay at the cinema: one order weeks ahead, one for this showing.
  const customerContext = await browser.newContext();
  const customerPage = await customerContext.newPage();
  await signInNewCustomer(customerPage);
  const number = await reserveOneSeat(customerPage, leaseShowtime().url);
  const doorNumber = await reserveOneSeat(customerPage, `/showtimes/${showtime.id}`);
  await customerPage.getByText("Ticket code").click();
  const doorCode = (await customerPage.locator("details p.font-mono").first().innerText()).trim();
  await customerContext.close();

  // At the door the unpaid reservation is admitted with the amount due, and paid right there.
  await page.getByLabel("Ticket code").fill(doorCode);
  await page.getByLabel("Ticket code").press("Enter");
  await expect(admitted).toContainText(`Not paid yet`);
  await expect(admitted).toContainText(doorNumber);
  await screenshots(page, testInfo, "check-in-unpaid");
  await admitted.getByRole("button", { name: /^Mark paid · / }).click();
  await expect(admitted.getByRole("status")).toContainText(`Order ${doorNumber} is paid`);

  // The desk finds the other reservation by its number and marks it paid.
  await page.getByRole("link", { name: "Mark paid" }).click();
  await page.getByLabel("Order number").fill("MQ-??");
  await page.getByRole("button", { name: "Find order" }).click();
  await expect(page.getByText("That is not an order number")).toBeVisible();
  await page.getByLabel("Order number").fill(number.toLowerCase());
  await page.getByRole("button", { name: "Find order" }).click();
  const order = page.getByRole("region", { name: `Order ${number}` });
  await expect(order).toBeVisible();
  await screenshots(page, testInfo, "mark-paid");
  await order.getByRole("button", { name: /^Mark paid · / }).click();
  await expect(order.getByRole("status")).toContainText(`Order ${number} is paid`);
  await page.reload();
  await expect(page.getByRole("region", { name: `Order ${number}` })).toContainText("Already paid.");

  // Staff never reach the admin area.
  for (const path of ["/admin/movies", "/admin/users", "/admin/settings"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "This area is for cinema staff" })).toBeVisible();
  }
});

test("the demo staff account works the box office and is refused /admin", async ({ page }) => {
  await signIn(page, demoStaff, "/box-office");
  await expect(page).toHaveURL(/\/box-office$/);
  await expect(page.getByRole("navigation", { name: "Box office" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("link", { name: "Box office", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Today at / })).toBeVisible();
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
});

test("a customer is refused the box office, and an anonymous visitor is sent to sign in", async ({ page, customer, browser }) => {
  expect(customer.email).toBeTruthy();
  for (const path of ["/box-office", "/box-office/check-in"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "This area is for cinema staff" })).toBeVisible();
  }
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto("/box-office/pay");
  await expect(anonymousPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fbox-office%2Fpay/);
  await anonymous.close();
});
