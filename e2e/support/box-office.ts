import { expect, type Page } from "@playwright/test";
import { signIn, type Account } from "./accounts";
import { leaseCustomer } from "./pool";
import { freeSeats } from "./seat-map";

/** Box-office steps that several journeys share: making a staff member, picking seats on the counter's seat map. */

/** An admin (on `adminPage`) makes a customer of this test alone staff, who then signs in on `page`. */
export async function signInNewStaff(adminPage: Page, page: Page): Promise<Account> {
  const account = leaseCustomer();
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(account.email)}`);
  const row = adminPage.getByRole("row").filter({ hasText: account.email });
  await row.getByRole("button", { name: `Make staff ${account.email}` }).click();
  await expect(row.getByRole("button", { name: `Remove staff from ${account.email}` })).toBeVisible();
  await expect(row.getByRole("cell", { name: "staff", exact: true })).toBeVisible();
  // The change ends the account's sessions, so it signs in only now.
  await signIn(page, account);
  return account;
}

/** Picks `count` free seats; returns their names ("Row A, seat 3"). */
export async function pickSeats(page: Page, count: number) {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const seat = freeSeats(page).first();
    const label = (await seat.getAttribute("aria-label")) ?? "";
    const name = label.split(",").slice(0, 2).join(",").trim();
    await seat.click();
    await expect(page.getByRole("button", { name: new RegExp(`^${name}\\b`) })).toHaveAttribute("aria-pressed", "true");
    names.push(name);
  }
  return names;
}
