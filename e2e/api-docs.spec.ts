import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the API reference lists the operations from the OpenAPI document, with its problem types", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page).toHaveTitle(/^API reference/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");

  const signIn = page.getByRole("region", { name: "POST /api/v1/auth/token", exact: true });
  await expect(signIn.getByRole("heading", { level: 3, name: "POST /api/v1/auth/token" })).toBeVisible();
  await expect(signIn).toHaveAttribute("id", "issueToken");
  await expect(signIn.getByRole("table", { name: "Request body of POST /api/v1/auth/token" }).getByRole("rowheader", { name: /^password/ })).toBeVisible();

  // Every operation of the document is on the page, under its operationId.
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
  const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId));
  for (const id of operationIds) await expect(page.locator(`section[id="${id}"]`), id).toHaveCount(1);

  // A problem's `type` URI lands on its entry.
  await page.getByRole("link", { name: "Problem types" }).first().click();
  await expect(page.locator("#problem-mfa_required")).toContainText("two-step verification");
  const unauthorized = await request.get("/api/v1/me");
  const { type } = (await unauthorized.json()) as { type: string };
  expect(type).toBe("/api/docs#problem-unauthorized");
  await expect(page.locator("#problem-unauthorized")).toHaveCount(1);
});

test("the API reference fits a phone and has no serious or critical axe violations", async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/api/docs");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${width} px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  }
});

test("the reference is a page under the site's nonce CSP; the API keeps its JSON-only policy", async ({ request }) => {
  const docs = await request.get("/api/docs");
  const policies = docs.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const nonce = /'nonce-([^']+)'/.exec(policies[0]?.value ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(await docs.text()).toContain(`nonce="${nonce}"`);

  for (const path of ["/api/v1/openapi.json", "/api/v1/me"]) {
    const api = await request.get(path);
    const apiPolicies = api.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
    expect(apiPolicies.map((header) => header.value), path).toEqual(["default-src 'none'; frame-ancestors 'none'"]);
  }
});
