import type { APIRequestContext, APIResponse } from "@playwright/test";
import { createCinemaWithScreen } from "./support/admin-venues";
import { expect, test } from "./support/fixtures";
import { signInNewCustomer } from "./support/accounts";
import { leaseShowtime } from "./support/pool";

/**
 * The catalogue pages served from Next's full-route cache (ADR 021): one HTML for every visitor, so it
 * carries no nonce, sets no cookie and names nobody; the header's account links load in the browser;
 * an admin's edit still shows within 5 s; a query string (filters, another day) is rendered per
 * request, but for a city's home page, which is cached per city.
 */
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A copy served from the cache. Admin edits in parallel tests revalidate these pages' tags (an edit
 * through a server action expires them at once), so one render may be followed by another.
 */
async function cachedResponse(request: APIRequestContext, path: string): Promise<APIResponse> {
  const served: APIResponse[] = [];
  await expect(async () => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    served.push(response);
  }).toPass({ timeout: 15_000 });
  return served[0];
}

const NONCE_POLICY = /'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/;

test("an actor page is one cached HTML for everyone: no nonce, no cookie, scripts from us only", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const path = new URL(/<loc>([^<]*\/actors\/[^<]+)<\/loc>/.exec(sitemap)?.[1] ?? "").pathname;
  const response = await cachedResponse(request, path);
  const headers = response.headers();
  expect(headers["set-cookie"]).toBeUndefined();
  const csp = headers["content-security-policy"];
  expect(csp).toContain("script-src 'self' 'unsafe-inline';");
  expect(csp).not.toContain("nonce-");
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'"]) {
    expect(csp).toContain(directive);
  }
  const html = await response.text();
  expect(html).not.toContain("nonce=");
  expect(html).not.toContain("Sign out");

  // An unknown slug answers a real 404 each time, and is not kept: made-up URLs must not fill the cache.
  for (let visit = 0; visit < 2; visit++) {
    const missing = await request.get(`/actors/nobody-${runId}`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()["x-nextjs-cache"]).not.toBe("HIT");
  }
});

test("home, lists, movie and cinema pages are cached without a query string, and rendered per request with one", async ({ request, page }) => {
  for (const path of ["/", "/?city=manchester", "/movies", "/cinemas", "/movies/orbitfall", "/cinemas/marquee-bankside"]) {
    const response = await cachedResponse(request, path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("script-src 'self' 'unsafe-inline';");
    // Rendered again after 15 s, never served (here or by a CDN) more than 30 s old: showtimes and
    // "sold out" stay within 30 s of the truth.
    expect(headers["cache-control"], path).toBe("s-maxage=15, stale-while-revalidate=15");
    expect(await response.text(), path).not.toContain("nonce=");
  }

  // A cinema's other days are cached per day: the second day its page offers.
  const cinemaPage = await (await request.get("/cinemas/marquee-bankside")).text();
  const days = [...cinemaPage.matchAll(/href="\/cinemas\/marquee-bankside\?day=(\d{4}-\d\d-\d\d)"/g)].map((m) => m[1]);
  expect(days.length).toBeGreaterThan(1);
  const otherDay = `/cinemas/marquee-bankside?day=${days[1]}`;
  // That day's link is the current one (whichever order its attributes come in).
  const dayLink = new RegExp(`<a[^>]*aria-current="date"[^>]*\\?day=${days[1]}"|<a[^>]*\\?day=${days[1]}"[^>]*aria-current="date"`);
  expect(await (await cachedResponse(request, otherDay)).text()).toMatch(dayLink);

  for (const path of ["/movies?q=orbit", "/movies/orbitfall?access=cc", "/cinemas/marquee-bankside?day=yesterday"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
    expect(response.headers()["content-security-policy"], path).toMatch(NONCE_POLICY);
  }

  // The routes behind them have no address of their own.
  for (const path of ["/cached-list/home", "/cached-city/manchester", "/cinemas/marquee-bankside/cached-day/2026-12-08", "/movies/orbitfall/per-request"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }

  // A city we have no cinema in goes to the home page, a day without showings to the cinema's page,
  // and neither is kept: made-up values fill no cache.
  const unknownCity = `/?city=atlantis-${runId}`;
  for (const path of [unknownCity, unknownCity, "/cinemas/marquee-bankside?day=2020-01-01", "/cinemas/marquee-bankside?day=2020-01-01"]) {
    const unknown = await request.get(path, { maxRedirects: 0 });
    expect(unknown.status(), path).toBe(307);
    expect(unknown.headers()["x-nextjs-cache"], path).not.toBe("HIT");
  }
  await page.goto(unknownCity);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Now showing" })).toBeVisible();
});

test("a seat map is one cached HTML; in the browser it shows the customer's own seats and knows who is signed in", async ({ page, request }) => {
  const showtime = leaseShowtime();
  const cached = await cachedResponse(request, showtime.url);
  expect(cached.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline';");
  expect(await cached.text()).not.toContain("nonce=");
  // Seats chosen before signing in come back in the query string: that view is rendered for its viewer.
  const twin = await request.get(`${showtime.url}?wheelchair=1`);
  expect(twin.status()).toBe(200);
  expect(twin.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(twin.headers()["content-security-policy"]).toMatch(NONCE_POLICY);
  expect((await request.get(`${showtime.url}/per-request`)).status()).toBe(404);

  // Signed out, the cached map learns it from the live map and says sign-in comes first.
  await page.goto(showtime.url);
  const anySeat = page.getByRole("button", { name: /, (standard|premium), .*, available$/ });
  await anySeat.first().click();
  await expect(page.getByText("You’ll sign in first; your seats stay chosen.")).toBeVisible();

  // A customer's held seat was cached as anyone sees it, "reserved by another customer"; in their
  // browser it is theirs.
  await signInNewCustomer(page);
  await page.goto(showtime.url);
  const label = (await anySeat.last().getAttribute("aria-label")) ?? "";
  const name = label.split(", ").slice(0, 2).join(", ");
  await page.getByRole("button", { name: new RegExp(`^${name}, `) }).click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto(showtime.url);
  await expect(page.getByRole("button", { name: new RegExp(`^${name}, `) })).toHaveAccessibleName(/in your cart$/);
  await expect(page.getByText("You’ll sign in first; your seats stay chosen.")).toHaveCount(0);
});

test("a showtime an admin schedules shows on the cached cinema page within 5 s", async ({ adminPage: page, browser }) => {
  test.setTimeout(90_000);
  const cinemaName = `Cached Cinema ${runId}`;
  await createCinemaWithScreen(page, { name: cinemaName, address: "3 Quay Street", city: "Bristol", timeZone: "Europe/London", screen: "Studio", layout: "ssss" });

  // The cached list shows the new cinema (its tag was revalidated), and its page has nothing on yet.
  const visitor = await browser.newPage();
  await expect(async () => {
    await visitor.goto("/cinemas");
    await expect(visitor.getByRole("link", { name: new RegExp(cinemaName) })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000, intervals: [250] });
  await visitor.getByRole("link", { name: new RegExp(cinemaName) }).click();
  await expect(visitor.getByRole("heading", { name: cinemaName, level: 1 })).toBeVisible();
  await expect(visitor.getByText("No showings are scheduled for the coming week.")).toBeVisible();
  await visitor.reload();

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.goto("/admin/showtimes/bulk");
  await page.getByLabel("Movie", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Screen", { exact: true }).selectOption({ label: `${cinemaName} · Studio` });
  await page.getByLabel("First date").fill(tomorrow);
  await page.getByLabel("Last date").fill(tomorrow);
  await page.getByLabel("Time each day (cinema local time)").fill("18:00");
  await page.getByLabel("Base price").fill("8.00");
  await page.getByRole("button", { name: "Schedule every day" }).click();
  await expect(page.getByText("Showtimes scheduled.")).toBeVisible();
  const savedAt = Date.now();

  await expect(async () => {
    await visitor.reload();
    await expect(visitor.getByRole("link", { name: /^18:00/ })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000, intervals: [250] });
  console.info(`cached-pages: the showtime showed after ${Date.now() - savedAt} ms`);
  await visitor.close();
});

test("the header of a cached page shows the visitor's own links, loaded in the browser", async ({ page }) => {
  await page.goto("/actors/nobody-at-all");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await signInNewCustomer(page);
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  const categoryPath = new URL(/<loc>([^<]*\/categories\/[^<]+)<\/loc>/.exec(sitemap)?.[1] ?? "").pathname;
  await page.goto(categoryPath);
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an admin's edit shows on the cached actor page within 5 s", async ({ adminPage: page, browser }) => {
  const name = `Cached Casey ${runId}`;
  await page.goto("/admin/actors/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Biography").fill("Before the edit.");
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const slug = (await page.getByRole("definition").filter({ hasText: /^cached-casey/ }).textContent())?.trim() ?? "";
  expect(slug).toMatch(/^cached-casey-/);

  // A visitor's visits fill the cache.
  const visitor = await browser.newPage();
  await visitor.goto(`/actors/${slug}`);
  await expect(visitor.getByText("Before the edit.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("Before the edit.")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: `Edit ${name}` })).toBeVisible();
  await page.getByLabel("Biography").fill("After the edit.");
  await page.getByRole("button", { name: "Save actor" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const savedAt = Date.now();

  await expect(async () => {
    await visitor.reload();
    await expect(visitor.getByText("After the edit.")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000, intervals: [250] });
  console.info(`cached-pages: the edit showed after ${Date.now() - savedAt} ms`);
  await visitor.close();
});
