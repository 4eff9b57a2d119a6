import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { encode } from "@auth/core/jwt";
import { signInNewCustomer } from "./support/accounts";
import { expectSignedOut } from "./support/auth-helpers";

const SESSION_COOKIE = "authjs.session-token";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

test("a session cookie with one byte changed is treated as signed out", async ({ browser }) => {
  const context = await browser.newContext();
  await signInNewCustomer(await context.newPage());
  const cookie = await sessionCookie(context);
  const middle = Math.floor(cookie.value.length / 2);
  const flipped = cookie.value[middle] === "A" ? "B" : "A";
  const tampered = { ...cookie, value: `${cookie.value.slice(0, middle)}${flipped}${cookie.value.slice(middle + 1)}` };

  const attacker = await browser.newContext();
  await attacker.addCookies([tampered]);
  await expectSignedOut(await attacker.newPage());
  await context.close();
  await attacker.close();
});

test("a session cookie made with another deployment's secret is treated as signed out", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await signInNewCustomer(await context.newPage());
  const genuine = await sessionCookie(context);
  // Well-formed claims, even an admin role, sealed with a secret that isn't ours.
  const forged = await encode({
    salt: SESSION_COOKIE,
    secret: "another-deployments-secret-0123456789abcdef",
    token: { uid: "00000000-0000-4000-8000-000000000000", sid: "00000000-0000-4000-8000-000000000001", sv: 1, role: "admin" },
  });
  const attacker = await browser.newContext();
  await attacker.addCookies([{ ...genuine, value: forged }]);
  const page = await attacker.newPage();
  await expectSignedOut(page);
  await page.goto("/admin");
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/sign-in`));
  await context.close();
  await attacker.close();
});

test("the profile form changes the name; smuggled role, emailVerified and id are rejected", async ({ page, playwright, baseURL, customer: account }) => {
  await page.goto("/account");

  let captured: { headers: Record<string, string>; body: string } | undefined;
  await page.route("**/account", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { headers: request.headers(), body: request.postData() ?? "" };
    }
    await route.continue();
  });
  await page.getByLabel("Name").fill("Pat Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name was saved.")).toBeVisible();
  await page.unroute("**/account");
  if (!captured) throw new Error("the profile action was not captured");
  const action = captured;

  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const api = await playwright.request.newContext({ baseURL });
  const post = (body: string, origin: string) =>
    api.post("/account", {
      headers: { "next-action": action.headers["next-action"], "content-type": action.headers["content-type"], accept: "text/x-component", origin, cookie },
      data: body,
    });

  // The same call with extra fields, as a tampered client would send it.
  const smuggled = action.body.replace('"name":"Pat Renamed"', '"name":"Pat Admin","role":"admin","emailVerified":null,"id":"00000000-0000-4000-8000-000000000000"');
  expect(smuggled).not.toBe(action.body);
  const refused = await post(smuggled, baseURL ?? "");
  expect(await refused.text()).toContain("Only your name can be changed here.");

  // A cross-site form post (foreign Origin) to the same action is rejected before it runs.
  const crossSite = await post(action.body.replace("Pat Renamed", "Pat Cross Site"), "https://evil.example");
  expect(crossSite.ok()).toBe(false);
  await api.dispose();

  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Pat Renamed");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "This area is for cinema staff" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(account.email)).toBeVisible();
});
