import { expect, test, type Page } from "@playwright/test";

type Node = Record<string, unknown>;

/**
 * The page's nodes as a JSON-LD reader sees them: `@graph`s flattened, nodes with one `@id` merged and
 * references (`{ "@id": … }`) replaced by the node they name.
 */
async function jsonLd(page: Page): Promise<Node[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const nodes = texts.flatMap((text) => {
    const data = JSON.parse(text) as Node | Node[];
    return (Array.isArray(data) ? data : [data]).flatMap((node) => (node["@graph"] as Node[] | undefined) ?? [node]);
  });
  const byId = new Map<string, Node>();
  const merged: Node[] = [];
  for (const node of nodes) {
    const id = node["@id"] as string | undefined;
    const same = id ? byId.get(id) : undefined;
    if (same) Object.assign(same, node);
    else {
      merged.push(node);
      if (id) byId.set(id, node);
    }
  }
  const isReference = (value: unknown): value is { "@id": string } =>
    typeof value === "object" && value !== null && Object.keys(value).join() === "@id";
  return merged.map((node) =>
    Object.fromEntries(Object.entries(node).map(([key, value]) => [key, isReference(value) ? byId.get(value["@id"]) : value])),
  );
}

const ofType = (nodes: Node[], type: string) => nodes.filter((node) => node["@type"] === type);

test("a movie page's JSON-LD matches what the page shows", async ({ page }) => {
  await page.goto("/movies/orbitfall");
  const nodes = await jsonLd(page);
  const [movie] = ofType(nodes, "Movie");
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  expect(movie.name).toBe(title);
  expect(movie.image).toMatch(/^http:\/\/localhost:\d+\/media\//);
  expect(await page.getByRole("img", { name: `Poster for ${title}` }).getAttribute("src")).toBe(new URL(String(movie.image)).pathname);
  expect(movie.datePublished).toBe(await page.locator("dd time").first().getAttribute("datetime"));
  expect(movie.contentRating).toBe((await page.getByRole("definition").first().textContent())?.trim());
  // "2 h 28 min" on the page ↔ "PT2H28M".
  const runtime = (await page.getByText(/^\d+ h \d+ min$|^\d+ min$/).first().textContent()) ?? "";
  const [, hours = "0", minutes = "0"] = /(?:(\d+) h )?(\d+) min/.exec(runtime) ?? [];
  expect(movie.duration).toBe(`PT${Number(hours) ? `${hours}H` : ""}${Number(minutes) ? `${minutes}M` : ""}`);
  const genres = await page.getByRole("region", { name: "Genres" }).getByRole("link").allTextContents();
  expect(movie.genre).toEqual(genres);
  const cast = page.getByRole("region", { name: "Cast" }).getByRole("link");
  const castNames = await cast.evaluateAll((links) => links.map((link) => link.querySelector("span")?.textContent ?? ""));
  expect((movie.actor as Node[]).map((a) => a.name)).toEqual(castNames);
  const producers = await page.getByRole("region", { name: "Produced by" }).getByRole("link").allTextContents();
  expect((movie.producer as Node[]).map((p) => p.name)).toEqual(producers);

  const screenings = ofType(nodes, "ScreeningEvent");
  expect(screenings.length).toBeGreaterThan(0);
  const links = await page
    .getByRole("region", { name: "Showtimes this week" })
    .getByRole("link", { name: /^\d\d:\d\d/ })
    .evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).pathname));
  for (const event of screenings) {
    expect(event.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(event.videoFormat).toEqual(expect.any(String));
    expect(event.inLanguage).toMatch(/^[a-z]{2}$/);
    expect((event.workPresented as Node).name).toBe(title);
    const location = event.location as Node;
    expect(location["@type"]).toBe("MovieTheater");
    expect((location.address as Node)["@type"]).toBe("PostalAddress");
    const offers = event.offers as Node;
    expect(offers.priceCurrency).toBe("GBP");
    expect(Number(offers.price)).toBeGreaterThan(0);
    expect(offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|SoldOut)$/);
  }
  // Each bookable time on the page is an event, linked to the same booking page.
  const eventPaths = screenings.map((event) => new URL(String(event.url)).pathname);
  for (const path of links.slice(0, 20)) expect(eventPaths).toContain(path);
  // The first event's time is the first time listed for its cinema.
  const first = screenings[0];
  const firstTime = String(first.startDate).slice(11, 16);
  await expect(page.getByRole("link", { name: new RegExp(`^${firstTime}`) }).first()).toBeVisible();

  const [crumbs] = ofType(nodes, "BreadcrumbList");
  expect((crumbs.itemListElement as Node[]).map((item) => item.name)).toEqual(["Home", "Movies", title]);
});

test("subtitled showings carry subtitleLanguage in their ScreeningEvent", async ({ page }) => {
  await page.goto("/movies?subs=any");
  await page.getByRole("region", { name: /movies?$/ }).getByRole("listitem").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/movies\/[a-z0-9-]+\?subs=any/);
  const events = ofType(await jsonLd(page), "ScreeningEvent");
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) expect(event.subtitleLanguage).toMatch(/^[a-z]{2}$/);
});

test("pages carry unique titles, descriptions, canonical URLs and social cards", async ({ page }) => {
  const seen = new Set<string>();
  for (const path of ["/", "/movies", "/movies/orbitfall", "/cinemas", "/cinemas/marquee-bankside"]) {
    await page.goto(path);
    const title = await page.title();
    expect(seen.has(title), title).toBe(false);
    seen.add(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{30,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^http://localhost:\\d+${path === "/" ? "/?$" : `${path}$`}`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /summary/);
  }
  await page.goto("/movies/orbitfall");
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /^http:\/\/localhost:\d+\/media\//);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
});

test("cinema and people pages describe themselves in JSON-LD", async ({ page }) => {
  await page.goto("/cinemas/marquee-bankside");
  const [theater] = ofType(await jsonLd(page), "MovieTheater");
  expect(theater.name).toBe((await page.getByRole("heading", { level: 1 }).textContent())?.trim());
  expect((theater.address as Node).streetAddress).toBe("21 Sumner Street");

  await page.goto("/movies/orbitfall");
  await page.getByRole("region", { name: "Cast" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/actors\//);
  await expect(page.getByRole("heading", { name: "Films" })).toBeVisible();
  const [person] = ofType(await jsonLd(page), "Person");
  expect(person.name).toBe((await page.getByRole("heading", { level: 1 }).textContent())?.trim());
});

test("the sitemap lists every movie in the catalogue and robots.txt points to it", async ({ request }) => {
  // The unfiltered /movies listing counts every public movie; the sitemap must have each of them.
  // Admin journeys may add or remove a movie meanwhile, so read both until they agree.
  let sitemap = "";
  let movieUrls: string[] = [];
  let listing = "";
  await expect
    .poll(async () => {
      sitemap = await (await request.get("/sitemap.xml")).text();
      movieUrls = [...sitemap.matchAll(/<loc>(http:\/\/localhost:\d+\/movies\/[^<]+)<\/loc>/g)].map((m) => m[1]);
      listing = await (await request.get("/movies")).text();
      const total = Number(/(\d+) movies/.exec(listing)?.[1]);
      return total > 30 && new Set(movieUrls).size === total;
    })
    .toBe(true);
  expect(sitemap).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
  const firstPageSlugs = [...listing.matchAll(/href="\/movies\/([a-z0-9-]+)"/g)].map((m) => m[1]);
  for (const slug of firstPageSlugs) expect(movieUrls.some((url) => url.endsWith(`/movies/${slug}`))).toBe(true);
  for (const path of ["/cinemas/marquee-bankside", "/actors/", "/producers/", "/categories/"]) expect(sitemap).toContain(path);

  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/admin", "/account", "/cart", "/checkout", "/api"]) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
});

test("text from the database cannot break out of the JSON-LD script", async ({ request }) => {
  const html = await (await request.get("/movies/orbitfall")).text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).not.toContain("<");
});
