import { expect, test, type Page } from "@playwright/test";
import { demoAdmin, signIn, signUpVerifiedCustomer } from "./support/accounts";
import { waitForEmail } from "./support/mailbox";
import { pickShowtime } from "./support/showtimes";

/**
 * PENDING: the "Done when" journey. It needs the booking engineer's seat map (/showtimes/[id])
 * and cart (/cart), which are not in the orders branch, so this file is named *.pending.ts and
 * Playwright does not run it. After merging, rename it to orders-journey.spec.ts.
 *
 * Assumed seat map conventions: seat buttons named "Row F, seat 7, …" with aria-pressed, an
 * "Add to cart" button, a /cart page with a "Checkout" link. Adjust the three helpers below if the
 * merged seat map differs.
 */

/** A random bookable showtime more than two hours away (changes close two hours before the start). */
async function openSomeShowtime(page: Page) {
  const showtime = await pickShowtime(page.request);
  await page.goto(showtime.url);
  await expect(page).toHaveURL(/\/showtimes\//);
}

/** Free standard seats on the seat map (not pressed, enabled), in document order. */
function freeSeats(page: Page) {
  return page.getByRole("button", { name: /^Row [A-Z]+, seat \d+/, pressed: false }).and(page.locator(":enabled"));
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
  test.setTimeout(120_000);
  const account = await signUpVerifiedCustomer(page);
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

test("an admin checks a customer's ticket in once and refuses the second scan", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpVerifiedCustomer(page);
  await openSomeShowtime(page);
  const [seat] = await seatNames(page, 1);
  await page.getByRole("button", { name: new RegExp(`^${seat}\\b`) }).click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await page.getByRole("button", { name: /Place order/ }).click();
  await expect(page).toHaveURL(/\/account\/orders\/MQ-/);
  await page.getByText("Ticket code").click();
  const code = (await page.locator("details p.font-mono").first().innerText()).trim();

  const staff = await browser.newPage();
  await signIn(staff, demoAdmin);
  await staff.goto("/admin/orders/check-in");
  await staff.getByLabel("Ticket code").fill(code);
  await staff.getByLabel("Ticket code").press("Enter");
  await expect(staff.getByRole("region", { name: "Admitted" })).toContainText(seat);
  await staff.getByLabel("Ticket code").fill(code);
  await staff.getByRole("button", { name: "Check in" }).click();
  await expect(staff.getByRole("region", { name: "Refused" })).toContainText("Already checked in: this ticket was used on");
  await staff.close();
});
