import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { HtmlValidate } from "html-validate";

const pages = [
  "/",
  "/?city=manchester",
  "/movies",
  "/movies?format=IMAX&access=ad",
  "/movies?q=no-such-film-zzz",
  "/movies/orbitfall",
  "/movies/orbitfall?subs=any",
  "/cinemas",
  "/cinemas/marquee-bankside",
  "/no-such-page",
  "/movies/no-such-film",
];

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const path of pages) {
      test(`${path} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      });
    }

    test("people and category pages have no serious or critical axe violations", async ({ page }) => {
      await page.goto("/movies/orbitfall");
      const paths = [
        await page.getByRole("region", { name: "Cast" }).getByRole("link").first().getAttribute("href"),
        await page.getByRole("region", { name: "Produced by" }).getByRole("link").first().getAttribute("href"),
        await page.getByRole("link", { name: /./ }).and(page.locator('a[href^="/categories/"]')).first().getAttribute("href"),
      ];
      for (const path of paths) {
        await page.goto(path ?? "/");
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${path} ${v.id}`)).toEqual([]);
      }
    });
  });
}

test("keyboard users get a skip link and a visible focus ring", async ({ page }) => {
  await page.goto("/movies");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");
});

test("the public pages' server HTML passes html-validate's accessibility and heading rules", async ({ page, request }) => {
  await page.goto("/movies/orbitfall");
  const linked = await Promise.all(
    [
      page.getByRole("region", { name: "Cast" }).getByRole("link"),
      page.getByRole("region", { name: "Produced by" }).getByRole("link"),
      page.locator('a[href^="/categories/"]'),
      page.getByRole("region", { name: "Showtimes this week" }).locator('a[href^="/showtimes/"]'),
    ].map((links) => links.first().getAttribute("href")),
  );
  const validator = new HtmlValidate({ extends: ["html-validate:a11y"], rules: { "heading-level": "error" } });
  const problems: string[] = [];
  for (const path of [...pages.filter((p) => !p.includes("no-such")), ...linked]) {
    const response = await request.get(path ?? "/");
    const report = await validator.validateString(await response.text());
    for (const result of report.results) for (const message of result.messages) problems.push(`${path} ${message.ruleId}: ${message.selector}`);
  }
  expect(problems).toEqual([]);
});
