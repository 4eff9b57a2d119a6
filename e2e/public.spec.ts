import { expect, test, type Page } from "@playwright/test";

/** Home → movies → filter → movie → cinema → back → actor, as a customer on the given screen. */
async function browseJourney(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Now showing" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Today in / })).toBeVisible();

  await page.getByRole("link", { name: "All movies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All movies" })).toBeVisible();

  await page.getByText("Filters and sort").click();
  await page.getByLabel("Format").selectOption("IMAX");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/format=IMAX/);
  const results = page.getByRole("region", { name: /movies?$/ }).getByRole("listitem");
  await expect(results.first()).toBeVisible();

  const firstMovie = results.first().getByRole("link");
  const title = (await firstMovie.getByRole("heading").textContent())?.trim() ?? "";
  await firstMovie.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const showtimes = page.getByRole("region", { name: "Showtimes this week" });
  await expect(showtimes.getByRole("link", { name: /^\d\d:\d\d/ }).first()).toBeVisible();

  const cinemaLink = showtimes.getByRole("heading", { level: 3 }).first().getByRole("link");
  const cinemaName = (await cinemaLink.textContent())?.trim() ?? "";
  await cinemaLink.click();
  await expect(page.getByRole("heading", { level: 1, name: cinemaName })).toBeVisible();
  await expect(page.getByText(/seats in all/)).toBeVisible();

  await page.goBack();
  const cast = page.getByRole("region", { name: "Cast" }).getByRole("link").first();
  const actorName = (await cast.locator("span").first().textContent())?.trim() ?? "";
  await cast.click();
  await expect(page.getByRole("heading", { level: 1, name: actorName })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Films" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a customer browses from the home page to a movie, its cinema and an actor", async ({ page }) => {
    await browseJourney(page);
  });

  test("time buttons are big enough to tap and the page does not scroll sideways", async ({ page }) => {
    await page.goto("/movies/orbitfall");
    const time = page.getByRole("region", { name: "Showtimes this week" }).getByRole("link", { name: /^\d\d:\d\d/ }).first();
    const box = await time.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    for (const path of ["/movies/orbitfall", "/", "/movies", "/cinemas", "/cinemas/marquee-bankside"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a customer browses from the home page to a movie, its cinema and an actor", async ({ page }) => {
    await browseJourney(page);
  });
});

test("the home page's city choice is in the URL and works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Your city").selectOption({ label: "Manchester" });
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page).toHaveURL(/\?city=manchester/);
  await expect(page.getByRole("heading", { name: "Today in Manchester" })).toBeVisible();
  await context.close();
});

test("search finds a movie by an actor's name and an empty result offers to clear filters", async ({ page }) => {
  await page.goto("/movies/orbitfall");
  const actor = (await page.getByRole("region", { name: "Cast" }).getByRole("link").first().locator("span").first().textContent())?.trim() ?? "";
  await page.goto("/movies");
  await page.getByLabel("Search by title or actor").fill(actor);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("link", { name: /Orbitfall/ })).toBeVisible();

  await page.getByLabel("Search by title or actor").fill("no film is called this zzqx");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("heading", { name: "No movies found" })).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/movies$/);
  await expect(page.getByRole("heading", { name: /\d+ movies/ })).toBeVisible();
});

test("results paginate with the filters kept", async ({ page }) => {
  await page.goto("/movies?sort=title");
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/sort=title&page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
});

test("a movie's showtimes filter by IMAX, subtitles and accessibility, in the URL", async ({ page }) => {
  await page.goto("/movies/orbitfall");
  const filters = page.getByRole("navigation", { name: "Filter showtimes" });
  const times = page.getByRole("region", { name: "Showtimes this week" }).getByRole("listitem").filter({ hasText: /^\d\d:\d\d/ });

  await filters.getByRole("link", { name: /^IMAX/ }).click();
  await expect(page).toHaveURL(/format=IMAX/);
  await expect(times.first()).toBeVisible();
  for (const text of await times.allTextContents()) expect(text).toContain("IMAX");

  await filters.getByRole("link", { name: /^IMAX/ }).click();
  await expect(page).not.toHaveURL(/format=IMAX/);
  await filters.getByRole("link", { name: /^Subtitled/ }).click();
  await expect(page).toHaveURL(/subs=any/);
  for (const text of await times.allTextContents()) expect(text).toMatch(/subtitles/);

  await page.goto("/movies/orbitfall?access=cc");
  for (const text of await times.allTextContents()) expect(text).toContain("Closed captions");
  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/access=/);
});

test("junk, SQL, HTML and huge query strings give normal pages", async ({ request }) => {
  const junk = [
    "/movies?q=%27%3B%20DROP%20TABLE%20movies%3B%20--&genre=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    `/movies?q=${"x".repeat(10_000)}&page=${"9".repeat(500)}`,
    "/movies?q=%25%25%25&category=_&cinema=%00&date=2026-13-45&format=%FF&lang=english&subs=%3Cb%3E&access=nope&sort=1;select",
    "/movies?page=-1&page=abc&access=ad&access=ad&access=cc",
    "/?city=%3Cscript%3E",
    "/?city=nowhere",
    "/movies/orbitfall?format=%27OR1%3D1&subs=%25&access=%3Cx%3E",
    "/cinemas/marquee-bankside?day=yesterday",
  ];
  for (const url of junk) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  }
});

test("unknown slugs are real 404s with the helpful page", async ({ page }) => {
  for (const url of ["/movies/no-such-film", "/cinemas/no-such-cinema", "/actors/nobody-at-all", "/producers/nobody-at-all", "/categories/nothing-here"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse movies" })).toBeVisible();
  }
});

test("the cinemas list leads to every cinema, and a cinema page offers days", async ({ page }) => {
  await page.goto("/cinemas");
  const cards = page.getByRole("main").getByRole("listitem").filter({ hasText: /\d+ screens?$/ });
  // The six seeded cinemas at least: admin journeys running alongside may have added more.
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(6);
  // A seeded cinema: one an admin journey just created has no showtimes, so no days to offer.
  await cards.filter({ hasText: "Marquee Bankside" }).getByRole("link").first().click();
  const days = page.getByRole("navigation", { name: "Choose a day" }).getByRole("link");
  await expect(days.first()).toHaveAttribute("aria-current", "date");
  await days.nth(1).click();
  await expect(page).toHaveURL(/\?day=\d{4}-\d\d-\d\d/);
  await expect(days.nth(1)).toHaveAttribute("aria-current", "date");
  await expect(page.getByRole("link", { name: "Open in map (opens in a new tab)" })).toHaveAttribute("href", /openstreetmap\.org/);
});
