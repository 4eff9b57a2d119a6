import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signInNewCustomer } from "./support/accounts";
import { leaseShowtime } from "./support/pool";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

// These journeys sign up real accounts and hold seats through server actions; on a shared, busy
// machine they get more time than the default rather than failing on a slow response.
const expect = baseExpect.configure({ timeout: 20_000 });
test.beforeEach(() => {
  test.slow();
});

/** "Row F, seat 7" of every seat button whose accessible name matches. */
async function seatNames(page: Page, pattern: RegExp) {
  // The map streams in after the page shell: wait for it before reading it.
  await page.getByRole("button", { name: /^Row \w+, seat \d+, / }).first().waitFor();
  const labels = await page.getByRole("button", { name: pattern }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  return labels.map((label) => label.split(", ").slice(0, 2).join(", "));
}

function seat(page: Page, name: string) {
  return page.getByRole("button", { name: new RegExp(`^${name}, `) });
}

async function expectNoAccessibilityViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function secondsLeft(text: string | null) {
  const [minutes, seconds] = (text ?? "0:00").split(":").map(Number);
  return minutes * 60 + seconds;
}

test("a customer holds three seats of different types, changes one, removes one, and another visitor sees them come and go", async ({
  page,
  browser,
}) => {
  await signInNewCustomer(page);
  const showtime = leaseShowtime();
  await page.goto(showtime.url);
  await expect(page.getByRole("heading", { level: 1, name: showtime.movie })).toBeVisible();

  const free = await seatNames(page, /, (standard|premium), .*, available$/);
  expect(free.length).toBeGreaterThan(6);
  const chosen = free.slice(Math.floor(free.length / 2), Math.floor(free.length / 2) + 3);
  for (const name of chosen) {
    await seat(page, name).click();
    await expect(seat(page, name)).toHaveAttribute("aria-pressed", "true");
  }
  await page.getByLabel(`Ticket type for ${chosen[1]}`).selectOption({ label: (await optionLabel(page, chosen[1], "Child")) });
  await page.getByLabel(`Ticket type for ${chosen[2]}`).selectOption({ label: (await optionLabel(page, chosen[2], "Senior")) });
  await expect(page.getByText("Total (3 seats)")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Add to cart" }).click();

  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByRole("heading", { name: "Your cart" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole("link", { name: showtime.movie })).toBeVisible();
  for (const name of chosen) await expect(page.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByLabel(`Ticket type for ${chosen[1]}`)).toHaveValue(await optionValue(page, chosen[1], "Child"));
  await expect(page.getByLabel(`Ticket type for ${chosen[2]}`)).toHaveValue(await optionValue(page, chosen[2], "Senior"));

  // The hold's countdown is visible and counting down.
  const countdown = page.getByTestId("countdown").first();
  await expect(countdown).toHaveText(/^\d+:\d{2}$/);
  const first = secondsLeft(await countdown.textContent());
  expect(first).toBeGreaterThan(60);
  await expect.poll(async () => secondsLeft(await countdown.textContent()), { timeout: 5_000 }).toBeLessThan(first);

  // Someone else, signed out, sees the three seats as taken.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const otherPage = await other.newPage();
  await otherPage.goto(showtime.url);
  for (const name of chosen) await expect(seat(otherPage, name)).toHaveAccessibleName(/reserved by another customer$/);

  // Change the child ticket to adult: the price follows.
  const totalBefore = await page.getByTestId("cart-total").textContent();
  await page.getByLabel(`Ticket type for ${chosen[1]}`).selectOption({ label: "Adult" });
  await expect(page.getByTestId("cart-total")).not.toHaveText(totalBefore ?? "");
  await page.reload();
  await expect(page.getByLabel(`Ticket type for ${chosen[1]}`)).toHaveValue(await optionValue(page, chosen[1], "Adult"));

  // Remove one seat: it leaves the cart, and the other visitor's map frees it without a reload.
  await page.getByRole("button", { name: `Remove ${chosen[0]}` }).click();
  await expect(page.getByText(chosen[0], { exact: true })).toHaveCount(0);
  await expect(page.getByText("2 seats held for you.")).toBeVisible();
  await expect(seat(otherPage, chosen[0])).toHaveAccessibleName(/, available$/, { timeout: 15_000 });
  await expect(seat(otherPage, chosen[1])).toHaveAccessibleName(/reserved by another customer$/);

  // Empty the cart: every seat is free again for everyone.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Empty cart" }).click();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  for (const name of chosen) await expect(seat(otherPage, name)).toHaveAccessibleName(/, available$/, { timeout: 15_000 });
  await other.close();
});

/** The text of a ticket type option ("Child · £7.69") in the seat map or cart select for a seat. */
async function optionLabel(page: Page, seatName: string, typeName: string) {
  const options = await page.getByLabel(`Ticket type for ${seatName}`).locator("option").allTextContents();
  const label = options.find((o) => o.startsWith(typeName));
  if (!label) throw new Error(`no ${typeName} option for ${seatName}: ${options.join(", ")}`);
  return label;
}

async function optionValue(page: Page, seatName: string, typeName: string) {
  const option = page.getByLabel(`Ticket type for ${seatName}`).locator("option", { hasText: typeName });
  return (await option.first().getAttribute("value")) ?? "";
}

test("a guest's seat choice survives signing in", async ({ page, browser }) => {
  // The account is made in another window, so this page stays signed out while choosing.
  const setup = await browser.newContext();
  const account = await signInNewCustomer(await setup.newPage());
  await setup.close();

  const showtime = leaseShowtime();
  await page.goto(showtime.url);
  const free = await seatNames(page, /, (standard|premium), .*, available$/);
  const chosen = free.slice(-2);
  for (const name of chosen) await seat(page, name).click();
  await page.getByRole("button", { name: "Add to cart" }).click();

  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/showtimes/${showtime.id}\\?seats=`));
  for (const name of chosen) await expect(seat(page, name)).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  for (const name of chosen) await expect(page.getByText(name, { exact: true })).toBeVisible();
});

test("a wheelchair user books a space with two companions by declaration; others see spaces held back", async ({
  page,
  browser,
}) => {
  await signInNewCustomer(page);
  const showtime = leaseShowtime({ wheelchair: true });
  await page.goto(showtime.url);

  const spaces = await seatNames(page, /, wheelchair space, .*, kept for wheelchair users$/);
  expect(spaces.length).toBeGreaterThan(0);
  const space = spaces[0];
  // Without the declaration the space cannot be chosen (aria-disabled), and pressing it says why.
  await expect(seat(page, space)).toBeDisabled();
  await seat(page, space).click({ force: true });
  await expect(seat(page, space)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText(/kept for wheelchair users and the people with them/)).toBeVisible();

  await page.getByLabel("I need a wheelchair space").check();
  await expect(seat(page, space)).toHaveAccessibleName(/wheelchair space, .*, available$/);
  await seat(page, space).click();
  // Its companion seat, and a seat beside that for a second companion.
  const [row, number] = space.replace("Row ", "").split(", seat ");
  const companion = (await seatNames(page, new RegExp(`^Row ${row}, seat \\d+, companion seat, .*, available$`)))[0];
  expect(companion).toBeTruthy();
  await seat(page, companion).click();
  const companionNumber = Number(companion.split("seat ")[1]);
  const nextNumber = companionNumber + (companionNumber > Number(number) ? 1 : -1);
  const beside = (await seatNames(page, new RegExp(`^Row ${row}, seat ${nextNumber}, (standard|premium), .*, available$`)))[0]
    ?? (await seatNames(page, /, (standard|premium), .*, available$/))[0];
  await seat(page, beside).click();
  await expect(page.getByText("Total (3 seats)")).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();

  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByText("Wheelchair space", { exact: true })).toBeVisible();
  await expect(page.getByText("Companion seat", { exact: true })).toBeVisible();
  await expect(page.getByText("3 seats held for you.")).toBeVisible();

  // A second customer who has not declared a need sees the spaces held back (or taken), never free.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const otherPage = await other.newPage();
  await signInNewCustomer(otherPage);
  await otherPage.goto(showtime.url);
  await expect(seat(otherPage, space)).toHaveAccessibleName(/reserved by another customer$/);
  for (const name of spaces.slice(1)) await expect(seat(otherPage, name)).toHaveAccessibleName(/kept for wheelchair users$/);
  await expect(otherPage.getByRole("button", { name: /, wheelchair space, .*, available$/ })).toHaveCount(0);
  await other.close();
});

test("when two customers want the same seat, the second is told it was just taken and sees the map update", async ({
  page,
  browser,
}) => {
  await signInNewCustomer(page);
  const rival = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const rivalPage = await rival.newPage();
  await signInNewCustomer(rivalPage);

  const showtime = leaseShowtime();
  await Promise.all([page.goto(showtime.url), rivalPage.goto(showtime.url)]);
  const free = await seatNames(page, /, (standard|premium), .*, available$/);
  const [contested, other] = free.slice(Math.floor(free.length / 3), Math.floor(free.length / 3) + 2);
  await seat(page, contested).click();
  await seat(rivalPage, contested).click();
  await seat(rivalPage, other).click();

  // The rival's map has not refreshed yet (its polls are held up), so they try for the seat anyway.
  await rivalPage.route("**/availability", (route) => route.abort());
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await rivalPage.getByRole("button", { name: "Add to cart" }).click();
  await expect(rivalPage.getByRole("alert").filter({ hasText: `${contested} was just taken by someone else` })).toBeVisible();

  // Once the map refreshes the seat shows as taken; nothing of the refused selection was kept.
  await rivalPage.unroute("**/availability");
  await expect(seat(rivalPage, contested)).toHaveAccessibleName(/reserved by another customer$/, { timeout: 15_000 });
  await rivalPage.goto("/cart");
  await expect(rivalPage.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await rival.close();
});
