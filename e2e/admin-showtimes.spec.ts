import { createCinemaWithScreen } from "./support/admin-venues";
import { expect, test } from "./support/fixtures";

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("an admin schedules a run of showtimes all-or-nothing and cancels one", async ({ adminPage: page }) => {
  test.setTimeout(150_000);
  const cinemaName = `Bulk ${runId}`;
  await createCinemaWithScreen(page, { name: cinemaName, address: "2 Mill Lane", city: "Leeds", timeZone: "Europe/Paris", screen: "Studio", layout: "ssss\nwcss" });
  await expect(page.getByText("8 seats")).toBeVisible();

  const schedule = async (first: number, last: number, time: string) => {
    await page.goto("/admin/showtimes/bulk");
    await page.getByLabel("Movie", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Screen", { exact: true }).selectOption({ label: `${cinemaName} · Studio` });
    await page.getByLabel("First date").fill(daysFromNow(first));
    await page.getByLabel("Last date").fill(daysFromNow(last));
    await page.getByLabel("Time each day (cinema local time)").fill(time);
    await page.getByLabel("Base price").fill("8.00");
    await page.getByLabel("Format").selectOption({ label: "IMAX" });
    await page.getByLabel("Closed captions (on devices)").check();
    await page.getByRole("button", { name: "Schedule every day" }).click();
  };

  await schedule(10, 12, "18:00");
  await expect(page.getByText("Showtimes scheduled.")).toBeVisible();
  await page.goto(`/admin/showtimes?cinema=${encodeURIComponent(await cinemaId(page, cinemaName))}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("table").getByText("18:00")).toHaveCount(3);

  // Overlapping days 12–14: nothing is created, and the clashing day is named.
  await schedule(12, 14, "19:00");
  await expect(page.getByText(/The screen is busy at that time on \w{3} \d+ \w{3}\. Nothing was scheduled\./).first()).toBeVisible();
  await page.goto(`/admin/showtimes?cinema=${encodeURIComponent(await cinemaId(page, cinemaName))}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);

  // Cancel the first one with a reason.
  await page.getByRole("table").getByRole("link", { name: /18:00/ }).first().click();
  await expect(page.getByText("Europe/Paris")).toBeVisible();
  await page.getByRole("button", { name: "Cancel showtime" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason (customers see it)").fill("Screen maintenance");
  await dialog.getByRole("button", { name: "Cancel showtime" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Screen maintenance" })).toBeVisible();
});

async function cinemaId(page: import("@playwright/test").Page, name: string) {
  await page.goto(`/admin/cinemas?q=${encodeURIComponent(name)}`);
  const href = await page.getByRole("link", { name }).getAttribute("href");
  return (href ?? "").split("/").pop() ?? "";
}
