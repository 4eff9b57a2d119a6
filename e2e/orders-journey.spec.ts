import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { demoAdmin, signInNewCustomer } from "./support/accounts";
import { waitForEmail } from "./support/mailbox";
import { leaseShowtime } from "./support/pool";
import { freeSeats } from "./support/seat-map";

/**
 * The order journeys end to end: booking through the seat map and cart, the emailed tickets, changes
 * and cancellations, and the box office (check-in window, "Mark paid", the dashboard).
 */

/** Opens a showtime of this test alone, weeks away (changes close two hours before the start). */
async function openSomeShowtime(page: Page) {
  const showtime = leaseShowtime();
  await page.goto(showtime.url);
  await expect(page).toHaveURL(/\/showtimes\//);
}

async function seatNames(page: Page, count: number) {
  const seats = freeSeats(page);
  await expect(seats.first()).toBeVisible();
  const total = await seats.count();
  expect(total).toBeGreaterThan(count + 2);
  const start = Math.floor(Math.random() * (total - count));
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = (await seats.nth(start + i).getAttribute("aria-label")) ?? (await seats.nth(start + i).innerText());
    names.push(label.split(",").slice(0, 2).join(",").trim());
  }
  return names;
}

/** Opens a ticket's change panel; a panel opened before a re-render stays open, so don't toggle it shut. */
async function openTicketChanges(page: Page, seat: string) {
  const summary = page.getByText(`Change or cancel ${seat}`);
  const panel = page.locator("details").filter({ has: summary });
  if ((await panel.getAttribute("open")) === null) await summary.click();
  await expect(panel).toHaveAttribute("open", "");
}

test("a customer books seats, gets QR codes by email, moves a ticket, cancels one and then the rest", async ({ page }) => {
  test.setTimeout(180_000);
  const account = await signInNewCustomer(page);
  await openSomeShowtime(page);
  const showtimeUrl = page.url();

  const [first, second] = await seatNames(page, 2);
  for (const seat of [first, second]) {
    await page.getByRole("button", { name: new RegExp(`^${seat}\\b`) }).click();
    await expect(page.getByRole("button", { name: new RegExp(`^${seat}\\b`) })).toHaveAttribute("aria-pressed", "true");
  }
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.getByRole("link", { name: "Checkout" }).click();

  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText(second)).toBeVisible();
  await expect(page.getByRole("region", { name: "Changes and refunds" })).toContainText("You can cancel or change tickets up to");
  await page.getByRole("radio", { name: /Pay at the cinema/ }).check();
  await page.getByRole("button", { name: /Place order/ }).click();

  await expect(page).toHaveURL(/\/account\/orders\/MQ-[A-Z0-9]{6}\?placed=1/);
  await expect(page.getByText("Thank you — your order is confirmed.")).toBeVisible();
  const number = page.url().match(/MQ-[A-Z0-9]{6}/)?.[0] ?? "";
  await expect(page.getByRole("img", { name: /^QR code for Row/ })).toHaveCount(2);

  const email = await waitForEmail(account.email, `order ${number}`);
  expect(email.html.match(/\/api\/orders\/qr\/[0-9a-f]{32}\.[A-Za-z0-9_-]{43}/g)).toHaveLength(2);
  expect(email.attachments.filter((a) => a.filename.endsWith(".png"))).toHaveLength(2);
  expect(email.attachments.filter((a) => a.filename.endsWith(".ics"))).toHaveLength(1);
  expect(email.text).toContain("You can cancel or change tickets up to");

  // The calendar file downloads from the order page too.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^${number}-.*\\.ics$`));

  // Move the first ticket to another free seat.
  await openTicketChanges(page, first);
  const moveTo = page.getByLabel(`Move ${first} to`);
  const target = (await moveTo.locator("option").nth(0).innerText()).trim();
  await moveTo.selectOption({ label: target });
  await page.getByRole("button", { name: "Move seat" }).click();
  await expect(page.getByText(/Seat changed\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: target })).toBeVisible();

  // Cancel the moved ticket, then the rest of the order.
  await openTicketChanges(page, target);
  await page.getByRole("button", { name: "Cancel ticket" }).click();
  await page.getByRole("button", { name: "Yes, cancel this ticket" }).click();
  await expect(page.getByText(/Ticket cancelled\./)).toBeVisible();
  await waitForEmail(account.email, `Tickets cancelled — order ${number}`);

  await page.getByRole("button", { name: "Cancel order" }).click();
  await page.getByRole("button", { name: "Yes, cancel the order" }).click();
  await expect(page.getByText(/Your order is cancelled\./)).toBeVisible();
  await waitForEmail(account.email, `Order ${number} is cancelled`);

  // Every seat this order ever held is free again on the seat map.
  await page.goto(showtimeUrl);
  for (const seat of [first, second, target]) {
    await expect(page.getByRole("button", { name: new RegExp(`^${seat}\\b`) })).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByRole("button", { name: new RegExp(`^${seat}\\b`) })).toBeEnabled();
  }
});

test("at the door a ticket for a later showing is refused with when check-in opens; the box office marks the order paid and the dashboard counts it", async ({ page, adminPage: staff }, testInfo) => {
  test.setTimeout(180_000);
  await signInNewCustomer(page);
  await openSomeShowtime(page);
  const [seat] = await seatNames(page, 1);
  await page.getByRole("button", { name: new RegExp(`^${seat}\\b`) }).click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await page.getByRole("radio", { name: /Pay at the cinema/ }).check();
  await page.getByRole("button", { name: /Place order/ }).click();
  await expect(page).toHaveURL(/\/account\/orders\/MQ-/);
  const number = page.url().split("/").pop() ?? "";
  await page.getByText("Ticket code").click();
  const code = (await page.locator("details p.font-mono").first().innerText()).trim();

  // The showing is hours away (admission itself is covered in lib/orders/check-in.test.ts).
  await staff.goto("/box-office/check-in");
  await staff.getByLabel("Ticket code").fill(code);
  await staff.getByLabel("Ticket code").press("Enter");
  await expect(staff.getByRole("region", { name: "Refused" })).toContainText(/Too early: this ticket is for .* Check-in opens at \d\d:\d\d\./);

  // The customer pays at the box office: staff record it, once.
  await staff.goto(`/admin/orders/${number}`);
  const markPaid = staff.getByRole("form", { name: "Mark paid" });
  await expect(markPaid).toContainText("Paid reservations are kept");
  for (const width of [390, 1280]) {
    await staff.setViewportSize({ width, height: 900 });
    await staff.screenshot({ path: testInfo.outputPath(`admin-order-mark-paid-${width}.png`), fullPage: true });
  }
  await markPaid.getByRole("button", { name: /^Mark .* paid$/ }).click();
  await expect(staff.getByText(/Marked £[\d.]+ as paid at the box office/)).toBeVisible();
  // The page re-renders as paid: the form is gone, the history says who recorded it.
  await expect(staff.getByRole("form", { name: "Mark paid" })).toHaveCount(0);
  await expect(staff.getByRole("listitem").filter({ hasText: "Marked paid at the box office" })).toContainText(`by ${demoAdmin.email}`);
  await expect(staff.getByText("Paid", { exact: true }).first()).toBeVisible();

  await staff.goto("/admin");
  await expect(staff.getByText("Paid, 30 days")).toBeVisible();
  await expect(staff.getByText("Unpaid reservations, 30 days")).toBeVisible();
  for (const width of [390, 1280]) {
    await staff.setViewportSize({ width, height: 900 });
    await staff.screenshot({ path: testInfo.outputPath(`admin-dashboard-${width}.png`), fullPage: true });
  }
  await staff.close();
});
