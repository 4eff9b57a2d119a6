import { expect, test } from "@playwright/test";
import { demoCustomer, signIn } from "./support/accounts";

// Pages rendered per request (the home and catalogue pages are cached, without a nonce:
// cached-pages.spec.ts). The 404 twice: the second must not be a cached copy carrying the first one's nonce.
const pages = ["/movies?q=orbit", "/sign-in", "/sign-up", "/forgot-password", "/no-such-page", "/no-such-page"];

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  // The e2e server runs the production build, which always sends HSTS.
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8}; includeSubDomains/);
}

test("every page type carries a nonce CSP and the security headers", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of pages) {
    const response = await request.get(path);
    const headers = response.headers();
    expectCommonHeaders(headers);
    const csp = headers["content-security-policy"];
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
    nonces.add(nonce);
    // Next.js put this response's nonce on its scripts.
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length);

  const api = await request.get("/api/health");
  expectCommonHeaders(api.headers());
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  const redirect = await request.get("/account", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectCommonHeaders(redirect.headers());
  expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("pages work under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await signIn(page, demoCustomer);
  await page.goto("/account/security");
  await page.getByLabel("New password").fill("typing makes the meter load");
  await expect(page.getByText(/Password strength: \w+/)).toBeVisible();
  expect(violations).toEqual([]);
});

test("session cookies are HttpOnly and SameSite=Lax; over HTTPS they are Secure and prefixed", async ({ browser }) => {
  const plain = await browser.newContext();
  await signIn(await plain.newPage(), demoCustomer);
  const session = (await plain.cookies()).find((cookie) => cookie.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await plain.close();

  // Behind a TLS-terminating proxy (X-Forwarded-Proto: https) the same sign-in sets prefixed, Secure cookies.
  const secure = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  await signIn(await secure.newPage(), demoCustomer);
  const cookies = await secure.cookies();
  expect(cookies.find((cookie) => cookie.name === "__Secure-authjs.session-token")).toMatchObject({
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
  });
  // Every Auth.js cookie the sign-in left is prefixed and Secure; none is sent in the clear.
  const authCookies = cookies.filter((cookie) => cookie.name.includes("authjs."));
  for (const cookie of authCookies) {
    expect(cookie.name, cookie.name).toMatch(/^__(Secure|Host)-authjs\./);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true });
  }
  await secure.close();
});
