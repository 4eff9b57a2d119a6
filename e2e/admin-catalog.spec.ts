import { expect, test } from "./support/fixtures";
import type { Page } from "@playwright/test";
import { signInNewCustomer } from "./support/accounts";

// A real 1×1 PNG, made from bytes here rather than read from a fixture file.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function daysFromNow(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function confirmIn(page: Page, button: string, confirm: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm }).click();
  return dialog;
}

test("an admin builds a catalogue entry end to end: people, category, cinema, movie, showtime", async ({ adminPage: page }) => {
  test.setTimeout(180_000);
  const actorName = `Ada Screen ${runId}`;
  const producerName = `Pat Producer ${runId}`;
  const categoryName = `Late Night ${runId}`;
  const cinemaName = `Harbour ${runId}`;
  const movieTitle = `The Quiet Harbour ${runId}`;

  // Actor, with a bio that tries to inject HTML: it must show as text.
  await page.goto("/admin/actors/new");
  await page.getByLabel("Name").fill(actorName);
  await page.getByLabel("Date of birth").fill("1990-05-17");
  await page.getByLabel("Biography").fill("**Stage** actor. <script>window.hacked = 1</script>");
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByRole("heading", { name: actorName })).toBeVisible();
  await expect(page.getByText("<script>window.hacked = 1</script>")).toBeVisible();
  await expect(page.getByText(/\(age \d+\)/)).toBeVisible();

  await page.goto("/admin/producers/new");
  await page.getByLabel("Name").fill(producerName);
  await page.getByLabel("Age").fill("51");
  await page.getByLabel("Company").fill("Harbour Films");
  await page.getByRole("button", { name: "Create producer" }).click();
  await expect(page.getByRole("heading", { name: producerName })).toBeVisible();

  await page.goto("/admin/categories/new");
  await page.getByLabel("Name").fill(categoryName);
  await page.getByRole("button", { name: "Create category" }).click();
  await expect(page.getByRole("heading", { name: categoryName })).toBeVisible();

  // Cinema and a screen with wheelchair spaces and companion seats; a broken layout first.
  await page.goto("/admin/cinemas/new");
  await page.getByLabel("Name").fill(cinemaName);
  await page.getByLabel("Address").fill("1 Quay Street");
  await page.getByLabel("City").fill("Bristol");
  await page.getByRole("button", { name: "Create cinema" }).click();
  await expect(page.getByRole("heading", { name: cinemaName })).toBeVisible();
  await page.getByRole("link", { name: "Add screen" }).click();
  await page.getByLabel("Screen name").fill("Screen 1");
  await page.getByLabel("Seat layout").fill("sssx\nc.ss");
  await expect(page.getByText('Line 1, column 4: "x" is not a seat kind')).toBeVisible();
  await page.getByLabel("Seat layout").fill("ssss.ssss\npppp.pppp\nwcss.sscw");
  await expect(page.getByText("24 seats: 12 standard, 8 premium, 2 wheelchair space, 2 companion seat")).toBeVisible();
  await page.getByRole("button", { name: "Create screen" }).click();
  await expect(page.getByRole("link", { name: "Screen 1" })).toBeVisible();
  await expect(page.getByText("24 seats")).toBeVisible();

  // Movie: a text file named .png is refused by content, a real PNG is accepted.
  await page.goto("/admin/movies/new");
  await page.getByLabel("Title").fill(movieTitle);
  await page.getByLabel("Synopsis").fill("A lighthouse keeper and a storm.");
  await page.getByLabel("Release date").fill(daysFromNow(0));
  await page.getByLabel("Runtime (minutes)").fill("100");
  await page.getByLabel("Certificate").fill("12A");
  await page.getByLabel("Poster").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await expect(page.getByText("That file is not a JPEG, PNG, WebP or AVIF image.")).toBeVisible();
  await page.getByLabel("Poster").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("img", { name: "Current poster" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Drama" }).check();
  await page.getByRole("checkbox", { name: categoryName }).check();
  await page.getByLabel("Add an actor to the cast").fill(actorName);
  await page.getByRole("button", { name: `Add ${actorName}` }).click();
  await page.getByLabel(`${actorName} plays`).fill("The Keeper");
  await page.getByLabel("Add a producer").fill(producerName);
  await page.getByRole("button", { name: `Add ${producerName}` }).click();
  await page.getByRole("button", { name: "Create movie" }).click();
  await expect(page.getByRole("heading", { name: movieTitle })).toBeVisible();
  await expect(page.getByText("Movie created.")).toBeVisible();
  await expect(page.getByRole("link", { name: actorName })).toBeVisible();
  await expect(page.getByText("as The Keeper")).toBeVisible();
  await expect(page.getByRole("img", { name: `Poster of ${movieTitle}` })).toBeVisible();
  const movieUrl = page.url();

  // A showtime a week ahead in the cinema's local time; then the overlap rule.
  const day = daysFromNow(7);
  await page.getByRole("link", { name: "Schedule" }).click();
  await page.getByLabel("Screen", { exact: true }).selectOption({ label: `${cinemaName} · Screen 1` });
  await page.getByLabel("Starts at (cinema local time)").fill(`${day}T19:30`);
  await expect(page.getByText("The screen is busy until about 21:30")).toBeVisible();
  await page.getByLabel("Base price").fill("9.50");
  await page.getByLabel("Subtitle language").fill("fr");
  await page.getByLabel("Audio description").check();
  await page.getByRole("button", { name: "Schedule showtime" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`${movieTitle} · .* at 19:30`) })).toBeVisible();
  await expect(page.getByText("£9.50")).toBeVisible();
  const showtimeUrl = page.url();

  await page.goto(`${movieUrl.replace(/\/admin\/movies\/.*/, "")}/admin/showtimes/new`);
  await page.getByLabel("Movie", { exact: true }).selectOption({ label: `${movieTitle} (100 min)` });
  await page.getByLabel("Screen", { exact: true }).selectOption({ label: `${cinemaName} · Screen 1` });
  await page.getByLabel("Starts at (cinema local time)").fill(`${day}T20:15`);
  await page.getByLabel("Base price").fill("9.50");
  await page.getByRole("button", { name: "Schedule showtime" }).click();
  await expect(page.getByText(`This screen is busy then: it overlaps ${movieTitle}`).first()).toBeVisible();
  // The typed input survives the rejection.
  await expect(page.getByLabel("Base price")).toHaveValue("9.50");

  // Edit the movie (runtime) and the cinema (phone).
  await page.goto(`${movieUrl}/edit`);
  await page.getByLabel("Runtime (minutes)").fill("0");
  await page.getByRole("button", { name: "Save movie" }).click();
  await expect(page.getByText("The runtime must be between 1 and 600 minutes.")).toBeVisible();
  await page.getByLabel("Runtime (minutes)").fill("95");
  await page.getByRole("button", { name: "Save movie" }).click();
  await expect(page.getByText("Movie saved.")).toBeVisible();
  await expect(page.getByText("95 min")).toBeVisible();
  await expect(page.getByText("as The Keeper")).toBeVisible();
  await page.goto("/admin/cinemas?q=" + encodeURIComponent(cinemaName));
  await page.getByRole("link", { name: cinemaName }).click();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  await page.getByLabel("Phone").fill("+44 117 496 0000");
  await page.getByRole("button", { name: "Save cinema" }).click();
  await expect(page.getByText("Use an IANA time zone, e.g. Europe/London.")).toBeVisible();
  await page.getByLabel("Time zone").fill("Europe/London");
  await page.getByRole("button", { name: "Save cinema" }).click();
  await expect(page.getByText("+44 117 496 0000")).toBeVisible();

  // The movie is on the public site.
  const publicPage = await page.goto(`/movies/${movieTitle.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`);
  if (publicPage?.status() === 404) {
    await page.goto("/");
    await expect(page.getByText(movieTitle).first()).toBeVisible();
  } else {
    await expect(page.getByRole("heading", { name: movieTitle })).toBeVisible();
  }

  // Blocked delete: a scheduled movie is archived instead.
  await page.goto(movieUrl);
  const blocked = await confirmIn(page, "Delete", "Delete movie");
  await expect(blocked.getByRole("alert")).toContainText("Archive it instead");
  await blocked.getByRole("button", { name: "Keep it" }).click();

  // Edit the actor; delete the producer (the dialog says how many movies lose the link).
  await page.getByRole("link", { name: actorName }).click();
  await expect(page.getByRole("heading", { name: actorName })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${actorName}` })).toBeVisible();
  await page.getByLabel("Name").fill(`${actorName} Jr`);
  await page.getByRole("button", { name: "Save actor" }).click();
  await expect(page.getByRole("heading", { name: `${actorName} Jr` })).toBeVisible();
  await expect(page.getByRole("link", { name: movieTitle })).toBeVisible();

  await page.goto("/admin/producers?q=" + encodeURIComponent(producerName));
  await page.getByRole("link", { name: producerName }).click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("removed from 1 movie");
  await page.getByRole("dialog").getByRole("button", { name: "Delete producer" }).click();
  await expect(page).toHaveURL(/\/admin\/producers$/);
  await expect(page.getByText(`${producerName} was deleted.`)).toBeVisible();

  // An unsold showtime may be deleted; then the movie can go too.
  await page.goto(showtimeUrl);
  await confirmIn(page, "Delete", "Delete showtime");
  await expect(page).toHaveURL(/\/admin\/showtimes$/);
  await page.goto(movieUrl);
  await confirmIn(page, "Delete", "Delete movie");
  await expect(page).toHaveURL(/\/admin\/movies$/);
  await expect(page.getByText(`${movieTitle} was deleted.`)).toBeVisible();
});

test("lists keep search, sort and page in the URL", async ({ adminPage: page }) => {
  await page.goto("/admin/actors?sort=name&dir=desc");
  await expect(page.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  await page.getByLabel("Search actors by name").fill("%_' or 1=1 --");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No actors match")).toBeVisible();
  await page.goto("/admin/movies?status=coming-soon");
  await expect(page.getByLabel("Status")).toHaveValue("coming-soon");
  const statuses = page.getByRole("table").getByText(/Now showing|Archived/);
  await expect(statuses).toHaveCount(0);
});

test("settings refuse out-of-range values with field errors", async ({ adminPage: page }, testInfo) => {
  await page.goto("/admin/settings");
  const policy = page.getByRole("form", { name: "Booking policy" });
  await policy.getByLabel("Cancellation fee (%)").fill("150");
  await policy.getByLabel("Tickets per customer per showtime").fill("0");
  await policy.getByRole("button", { name: "Save booking policy" }).click();
  await expect(policy.getByText("The cancellation fee must be at most 100.")).toBeVisible();
  await expect(policy.getByText("The ticket limit must be at least 1.")).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await policy.screenshot({ path: testInfo.outputPath(`booking-policy-${width}.png`) });
  }
  const imax = page.getByRole("form", { name: "Format IMAX" });
  await imax.getByLabel("Surcharge of IMAX").fill("250");
  await imax.getByRole("button", { name: "Save IMAX" }).click();
  await expect(imax.getByText("The surcharge must be between 0.00 and 100.00.")).toBeVisible();
});

test("a customer cannot use the admin area or its upload endpoint", async ({ page }) => {
  await signInNewCustomer(page);
  const response = await page.request.post("/admin/uploads", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { file: { name: "x.png", mimeType: "image/png", buffer: png } },
  });
  // The route checks requireAdmin itself (middleware.ts stays out of its way, see its matcher).
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain('"id"');
  const adminPage = await page.goto("/admin/movies/new");
  expect(adminPage?.status()).toBe(403);
});
