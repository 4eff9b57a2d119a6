import { expect, test } from "./support/fixtures";

/**
 * An app signed in through the JSON API is a session like a browser's: the owner sees it on the
 * security page, named as an app, and ending it there stops the app's tokens at once.
 */
test("an app's API session is listed on the security page and ended from there", async ({ page, playwright, customer: account }) => {
  const app = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { "User-Agent": "MarqueeKiosk/2.1 (Foyer)" } });
  const signedIn = await app.post("/api/v1/auth/token", { data: { email: account.email, password: account.password } });
  expect(signedIn.status()).toBe(200);
  const { access_token: accessToken, refresh_token: refreshToken } = (await signedIn.json()) as { access_token: string; refresh_token: string };
  const bearer = { Authorization: `Bearer ${accessToken}` };
  expect((await app.get("/api/v1/me", { headers: bearer })).status()).toBe(200);

  await page.goto("/account/security");
  const devices = page.getByRole("list", { name: "Signed-in devices" });
  await expect(devices.getByText("MarqueeKiosk (app)")).toBeVisible();
  await devices.getByRole("button", { name: /End session: MarqueeKiosk \(app\)/ }).click();
  await expect(devices.getByText("MarqueeKiosk (app)")).toHaveCount(0);

  expect((await app.get("/api/v1/me", { headers: bearer })).status()).toBe(401);
  expect((await app.post("/api/v1/auth/refresh", { data: { refresh_token: refreshToken } })).status()).toBe(401);
  await app.dispose();
});
