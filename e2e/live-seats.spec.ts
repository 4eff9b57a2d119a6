import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signInNewCustomer } from "./support/accounts";
import { leaseShowtime } from "./support/pool";

// Signing up two customers through the real forms is slow on a busy machine; the push itself is not.
const expect = baseExpect.configure({ timeout: 20_000 });
test.beforeEach(() => {
  test.slow();
});

/** Well under the seat map's 30 s fallback polling: a change seen this fast came by push. */
const PUSH_MS = 2_000;

function seat(page: Page, name: string) {
  return page.getByRole("button", { name: new RegExp(`^${name}, `) });
}

test("a seat taken in one browser greys out in another at once, and comes back when released, without polling", async ({ browser }) => {
  const [contextA, contextB] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
  await Promise.all([signInNewCustomer(pageA), signInNewCustomer(pageB)]);
  const showtime = leaseShowtime();

  // B opens the map; the event stream's "open" triggers one full refetch, after which only push may update it.
  const streamOpened = pageB.waitForResponse((r) => r.url().endsWith(`/api/showtimes/${showtime.id}/availability`));
  await pageB.goto(showtime.url);
  await streamOpened;
  const polls: string[] = [];
  pageB.on("request", (r) => {
    if (r.url().includes("/availability")) polls.push(r.url());
  });

  await pageA.goto(showtime.url);
  await pageA.getByRole("button", { name: /^Row \w+, seat \d+, / }).first().waitFor();
  const free = await pageA
    .getByRole("button", { name: /, (standard|premium), .*, available$/ })
    .evaluateAll((buttons) => buttons.map((b) => (b.getAttribute("aria-label") ?? "").split(", ").slice(0, 2).join(", ")));
  // From the back rows: booking.spec.ts picks from the middle, should both tests land on one showtime.
  const name = free[free.length - 1 - Math.floor(Math.random() * Math.min(10, free.length))];
  await expect(seat(pageB, name)).toHaveAccessibleName(/, available$/);

  await seat(pageA, name).click();
  await pageA.getByRole("button", { name: "Add to cart" }).click();
  await expect(pageA).toHaveURL(/\/cart$/);
  await expect(seat(pageB, name)).toHaveAccessibleName(/reserved by another customer$/, { timeout: PUSH_MS });

  // A gives the seat back: B sees it free again, just as fast.
  await pageA.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(pageA.getByText(name, { exact: true })).toHaveCount(0);
  await expect(seat(pageB, name)).toHaveAccessibleName(/, available$/, { timeout: PUSH_MS });

  expect(polls).toEqual([]);
  await Promise.all([contextA.close(), contextB.close()]);
});
