import { expect, type Page } from "@playwright/test";

type NewCinema = { name: string; address: string; city: string; timeZone: string; screen: string; layout: string };

/** A cinema with one screen, made through the dashboard as an admin would; ends on the cinema's admin page. */
export async function createCinemaWithScreen(page: Page, cinema: NewCinema) {
  await page.goto("/admin/cinemas/new");
  await page.getByLabel("Name").fill(cinema.name);
  await page.getByLabel("Address").fill(cinema.address);
  await page.getByLabel("City").fill(cinema.city);
  await page.getByLabel("Time zone").fill(cinema.timeZone);
  await page.getByRole("button", { name: "Create cinema" }).click();
  await expect(page.getByRole("heading", { name: cinema.name })).toBeVisible();
  await page.getByRole("link", { name: "Add screen" }).click();
  await page.getByLabel("Screen name").fill(cinema.screen);
  await page.getByLabel("Seat layout").fill(cinema.layout);
  await page.getByRole("button", { name: "Create screen" }).click();
  // The editor's live preview already counts the seats: wait for the saved screen on the cinema page.
  await expect(page.getByRole("link", { name: cinema.screen })).toBeVisible();
}
