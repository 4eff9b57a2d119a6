import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { demoAdmin, newAccount, signIn, signInNewCustomer, submitSignUp } from "./support/accounts";
import { newIsolatedContext, waitForEmailCount } from "./support/auth-helpers";
import { linkIn, waitForEmail } from "./support/mailbox";
import { leaseShowtime } from "./support/pool";
import { freeSeats } from "./support/seat-map";

/** Account self-service: the first booking of a new customer, email change, data export, deletion. */

/** Opens a showtime of this test alone and picks `count` neighbouring free seats; returns their names. */
async function pickSeats(page: Page, count: number) {
  const showtime = leaseShowtime();
  await page.goto(showtime.url);
  const seats = freeSeats(page);
  await expect(seats.first()).toBeVisible();
  const total = await seats.count();
  const start = Math.floor(Math.random() * (total - count));
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = (await seats.nth(start + i).getAttribute("aria-label")) ?? "";
    names.push(label.split(",").slice(0, 2).join(",").trim());
  }
  for (const name of names) {
    const seat = page.getByRole("button", { name: new RegExp(`^${name}\\b`) });
    await seat.click();
    await expect(seat).toHaveAttribute("aria-pressed", "true");
  }
  return { showtime, names };
}

test("a new customer who signs up mid-booking comes back to the seat map with the seats chosen", async ({ page, browser }) => {
  const account = newAccount("first-booking");
  const { showtime, names } = await pickSeats(page, 2);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fshowtimes%2F/);
  await expect(page.getByText("we'll bring you right back")).toBeVisible();
  await submitSignUp(page, account);

  // The link is opened in another browser (say, the phone's mail app): the way back is on the server.
  const email = await waitForEmail(account.email, "Confirm your email address");
  const phone = await newIsolatedContext(browser);
  const other = await phone.newPage();
  await other.goto(linkIn(email, "/verify-email"));
  await other.getByRole("button", { name: "Confirm my email" }).click();
  // Confirming signs nobody in (pre-hijack rule): the password does, and then the way back is taken.
  await expect(other.getByText("Your email is confirmed. Sign in to continue.")).toBeVisible();
  await other.getByLabel("Email").fill(account.email);
  await other.getByLabel("Password").fill(account.password);
  await other.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(other).toHaveURL(new RegExp(`/showtimes/${showtime.id}\\?seats=`));
  for (const name of names) {
    await expect(other.getByRole("button", { name: new RegExp(`^${name}\\b`) })).toHaveAttribute("aria-pressed", "true");
  }
  await other.getByRole("button", { name: "Add to cart" }).click();
  await expect(other).toHaveURL(/\/cart$/);
  for (const name of names) await expect(other.getByText(name, { exact: true })).toBeVisible();
  await phone.close();
});

test("an email change takes effect from the link sent to the new address, and the old address can undo it", async ({ page, customer: account }) => {
  const newEmail = newAccount("change-to").email;
  await page.goto("/account");
  await expect(page.getByText("Member since")).toBeVisible();
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText(`We've sent a link to ${newEmail}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText("Waiting for you to open the link we sent to")).toBeVisible();
  // Nothing has changed yet, and the old address has been told.
  await waitForEmail(account.email, "A change of your Marquee email address was requested");

  const confirmation = await waitForEmail(newEmail, "Confirm your new email address");
  await page.goto(linkIn(confirmation, "/confirm-email-change"));
  await page.getByRole("button", { name: "Use this address" }).click();
  await expect(page.getByText(`Done: your account now uses ${newEmail}.`)).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Your details" })).toContainText(newEmail);

  // The old address gets the undo link; using it puts the old address back and signs everyone out.
  const notice = await waitForEmail(account.email, "Your Marquee email address was changed");
  await page.goto(linkIn(notice, "/undo-email-change"));
  await page.getByRole("button", { name: "Undo the change" }).click();
  await expect(page.getByText(`Your account uses ${account.email} again`)).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, account, "/account");
  await expect(page.getByRole("region", { name: "Your details" })).toContainText(account.email);
  // A used link is spent.
  await page.goto(linkIn(confirmation, "/confirm-email-change"));
  await page.getByRole("button", { name: "Use this address" }).click();
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
});

test("the data export holds the customer's order; deleting the account anonymises it and ends sign-in", async ({ page, browser }) => {
  // The longest journey here (sign-up, booking, export, deletion, an admin's look): room on a busy machine.
  test.slow();
  const account = await signInNewCustomer(page);
  const { names } = await pickSeats(page, 1);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await page.getByRole("radio", { name: /Pay at the cinema/ }).check();
  await page.getByRole("button", { name: /Place order/ }).click();
  await expect(page).toHaveURL(/\/account\/orders\/MQ-[A-Z0-9]{6}\?placed=1/);
  const number = page.url().match(/MQ-[A-Z0-9]{6}/)?.[0] ?? "";

  await page.goto("/account");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download your data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^marquee-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path()) ?? "", "utf8"));
  expect(data.profile.email).toBe(account.email);
  expect(data.orders).toEqual([expect.objectContaining({ number, tickets: [expect.objectContaining({ status: "valid" })] })]);
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(JSON.stringify(data)).not.toMatch(/password_?hash|\$argon2/i);

  await page.getByLabel("Type your email address to confirm").fill("someone-else@example.test");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type your email address exactly as shown to confirm.")).toBeVisible();
  await page.getByLabel("Type your email address to confirm").fill(account.email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account was deleted" })).toBeVisible();
  const goodbye = await waitForEmail(account.email, "Your Marquee account was deleted");
  expect(goodbye.text).toContain("We cancelled 1 upcoming ticket under our refund policy");

  // Signed out here, and the password no longer opens anything.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();

  // The order is still there for the accounts, without the person, and its seat is free again.
  const staff = await (await newIsolatedContext(browser)).newPage();
  await signIn(staff, demoAdmin, `/admin/orders/${number}`);
  await expect(staff.getByText("Deleted customer")).toBeVisible();
  await expect(staff.getByText(account.email)).toHaveCount(0);
  await expect(staff.getByText(names[0]).first()).toBeVisible();
  await waitForEmailCount(account.email, "Your Marquee account was deleted", 1);
});

for (const width of [390, 1280]) {
  test(`the account self-service pages have no serious or critical axe violations at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await signInNewCustomer(page);
    for (const path of ["/account", "/account/security", "/sign-up?callbackUrl=%2Fmovies", "/confirm-email-change?token=x", "/undo-email-change?token=x", "/account-deleted"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    }
  });
}
