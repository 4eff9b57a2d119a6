import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInNewCustomer } from "./support/accounts";
import { isolatedIp, waitForEmailCount } from "./support/auth-helpers";

/*
 * Password guessing straight against Auth.js's own endpoint, as an attacker would: no form, no server
 * action, just the CSRF token from /api/auth/csrf and POST /api/auth/callback/credentials. The e2e
 * server runs with TRUSTED_PROXY_HOPS=1 (as if behind one proxy): the right-most X-Forwarded-For entry
 * is the address the proxy saw; anything to its left was written by the client.
 */

type Outcome = { signedIn: boolean; code: string | null };

async function credentialsPost(api: APIRequestContext, email: string, password: string, forwardedFor: string): Promise<Outcome> {
  const csrf = await api.get("/api/auth/csrf", { headers: { "x-forwarded-for": forwardedFor } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/account" },
    headers: { "x-forwarded-for": forwardedFor },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const location = new URL(response.headers()["location"] ?? "", "http://x");
  const setCookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  return {
    signedIn: setCookies.some((c) => c.startsWith("authjs.session-token=") && !c.startsWith("authjs.session-token=;")),
    code: location.searchParams.get("code"),
  };
}

test("60 guesses at the raw credentials endpoint are throttled, forged left-most addresses change nothing, and the right password is then refused", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const setup = await browser.newContext();
  const account = await signInNewCustomer(await setup.newPage());
  await setup.close();

  const api = await playwright.request.newContext({ baseURL });
  const proxySaw = isolatedIp();
  const codes: (string | null)[] = [];
  for (let guess = 0; guess < 60; guess++) {
    // A fresh made-up address on the left of every request: it must not buy a fresh bucket.
    const outcome = await credentialsPost(api, account.email, `wrong guess number ${guess}`, `${isolatedIp()}, ${proxySaw}`);
    expect(outcome.signedIn).toBe(false);
    codes.push(outcome.code);
  }
  expect(codes.slice(0, 5)).toEqual(Array(5).fill("invalid_credentials"));
  expect(codes.slice(5)).toEqual(Array(55).fill("rate_limited"));

  const right = await credentialsPost(api, account.email, account.password, `${isolatedIp()}, ${proxySaw}`);
  expect(right).toEqual({ signedIn: false, code: "rate_limited" });
  await api.dispose();
});

test("guesses at one account from many real addresses slow that account down and tell its owner once", async ({ browser, playwright, baseURL }) => {
  const setup = await browser.newContext();
  const account = await signInNewCustomer(await setup.newPage());
  await setup.close();

  const api = await playwright.request.newContext({ baseURL });
  const codes: (string | null)[] = [];
  // Each guess from a different address (a botnet): only the per-account limit can see them together.
  for (let guess = 0; guess < 12; guess++) {
    codes.push((await credentialsPost(api, account.email, `distributed guess ${guess}`, isolatedIp())).code);
  }
  expect(codes.slice(0, 10)).toEqual(Array(10).fill("invalid_credentials"));
  expect(codes.slice(10)).toEqual(["rate_limited", "rate_limited"]);
  // The right password from yet another new address waits too: the guesses above might have found it.
  expect(await credentialsPost(api, account.email, account.password, isolatedIp())).toEqual({ signedIn: false, code: "rate_limited" });
  await api.dispose();

  const notices = await waitForEmailCount(account.email, "Someone is trying to sign in", 1);
  expect(notices).toHaveLength(1);
  expect(notices[0]?.text).toContain("10 wrong passwords");
});
