import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the API reference lists the operations from the OpenAPI document, with its problem types", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page).toHaveTitle(/^API reference/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");

  // Every operation of the document is listed in the contents and described on its tag's page, under its operationId.
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
  const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
  const contents = page.getByRole("navigation", { name: "Contents" });
  const described = new Set<string>();
  for (const tagPage of new Set(await contents.locator('a[href*="#"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)))) {
    const html = await (await request.get(tagPage)).text();
    for (const match of html.matchAll(/<section id="([A-Za-z]+)"/g)) described.add(match[1] ?? "");
  }
  expect([...described].sort()).toEqual([...operationIds].sort());

  await contents.getByRole("link", { name: /^\/api\/v1\/auth\/token/ }).click();
  await expect(page).toHaveURL(/\/api\/docs\/authentication#issueToken$/);
  const signIn = page.getByRole("region", { name: "POST /api/v1/auth/token", exact: true });
  await expect(signIn.getByRole("heading", { level: 2, name: "POST /api/v1/auth/token" })).toBeVisible();
  await expect(signIn.getByRole("table", { name: "Request body of POST /api/v1/auth/token" }).getByRole("rowheader", { name: /^password/ })).toBeVisible();

  // A response's problem links to its entry on the overview, where the named codes are too.
  await signIn.getByRole("link", { name: "Problem unauthorized" }).click();
  await expect(page).toHaveURL(/\/api\/docs#problem-unauthorized$/);
  await expect(page.locator("#problem-mfa_required")).toContainText("two-step verification");
  const unauthorized = await request.get("/api/v1/me");
  const { type } = (await unauthorized.json()) as { type: string };
  expect(type).toBe("/api/docs#problem-unauthorized");
  await expect(page.locator("#problem-unauthorized")).toHaveCount(1);
});

test("the API reference fits a phone and has no serious or critical axe violations", async ({ page }) => {
  for (const [width, path] of [[390, "/api/docs"], [1280, "/api/docs"], [390, "/api/docs/orders"], [1280, "/api/docs/cart"]] as const) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${width} px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  }
});

test("the reference is a page under the site's nonce CSP; the API keeps its JSON-only policy", async ({ request }) => {
  for (const page of ["/api/docs", "/api/docs/orders"]) {
    const docs = await request.get(page);
    const policies = docs.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
    expect(policies, page).toHaveLength(1);
    const nonce = /'nonce-([^']+)'/.exec(policies[0]?.value ?? "")?.[1];
    expect(nonce, page).toBeTruthy();
    expect(await docs.text()).toContain(`nonce="${nonce}"`);
  }

  for (const path of ["/api/v1/openapi.json", "/api/v1/me"]) {
    const api = await request.get(path);
    const apiPolicies = api.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
    expect(apiPolicies.map((header) => header.value), path).toEqual(["default-src 'none'; frame-ancestors 'none'"]);
  }
});
