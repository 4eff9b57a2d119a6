import { expect, test } from "./support/fixtures";
import { newAccount, signIn, signInNewCustomer } from "./support/accounts";
import { linkIn, waitForEmail } from "./support/mailbox";
import {
  expectSignedIn,
  expectSignedOut,
  newIsolatedContext,
  submitSignIn,
  waitForEmailCount,
} from "./support/auth-helpers";

test("sign up with a live strength meter, confirm from the email, sign in, sign out, sign in again", async ({ page }) => {
  const account = newAccount();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("password");
  await expect(page.getByText(/Password strength: (Very weak|Weak)/)).toBeVisible();
  await page.getByLabel("Password").fill(account.password);
  await expect(page.getByText(/Password strength: (Good|Strong)/)).toBeVisible();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const email = await waitForEmail(account.email, "Confirm your email address");
  expect(email.text).toContain("expires in 24 hours");
  await page.goto(linkIn(email, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/sign-in\?verified=1$/);
  await expect(page.getByText("Your email is confirmed. Sign in to continue.")).toBeVisible();
  await signIn(page, account);
  await expectSignedIn(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectSignedOut(page);
  await signIn(page, account);
  await expectSignedIn(page);
});

test("a common or name-containing password is refused with the reason; long Unicode is accepted", async ({ page }) => {
  const account = newAccount();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Gwendolyn Parker");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("password123456");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is one of the most common passwords.", { exact: false })).toBeVisible();
  await page.getByLabel("Password").fill("gwendolyn-at-the-movies");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Don't use your name in your password.")).toBeVisible();
  await page.getByLabel("Password").fill("映画館でポップコーンを食べるのが好き🎬🍿 très bien");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
});

test("a wrong password and an unknown email get the same answer", async ({ browser }) => {
  const context = await newIsolatedContext(browser);
  const page = await context.newPage();
  const account = await signInNewCustomer(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await submitSignIn(page, account.email, "not the right password at all");
  const known = page.getByText("That email and password don't match an account.");
  await expect(known).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await page.goto("/sign-in");
  await submitSignIn(page, newAccount().email, "not the right password at all");
  await expect(known).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend verification email" })).toHaveCount(0);
  await context.close();
});

test("an unverified account is told to confirm, only after the right password, and can get a new link", async ({ browser }) => {
  const context = await newIsolatedContext(browser);
  const page = await context.newPage();
  const account = newAccount();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const [first] = await waitForEmailCount(account.email, "Confirm your email address", 1);

  await page.goto("/sign-in");
  await submitSignIn(page, account.email, "a wrong password for this account");
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend verification email" })).toHaveCount(0);

  await submitSignIn(page, account.email, account.password);
  await expect(page.getByText("Confirm your email address before signing in.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Resend verification email" }).click();
  await expect(page.getByText("a new link is on its way", { exact: false })).toBeVisible();
  const messages = await waitForEmailCount(account.email, "Confirm your email address", 2);

  // The first link was superseded by the new one.
  await page.goto(linkIn(first, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();

  await page.goto(linkIn(messages[messages.length - 1], "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed. Sign in to continue.")).toBeVisible();
  await context.close();
});

test("password guessing on one account is stopped with a 429-style message and the wait", async ({ browser }) => {
  const setup = await browser.newContext();
  const account = await signInNewCustomer(await setup.newPage());
  await setup.close();

  const context = await newIsolatedContext(browser);
  const page = await context.newPage();
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, account.email, `wrong guess number ${attempt}`);
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  }
  await submitSignIn(page, account.email, "wrong guess number 6");
  await expect(page.getByText(/Too many attempts\. Try again in 1[45] minutes\./)).toBeVisible();
  // Even the right password waits now: the limit is not an oracle for the password.
  await submitSignIn(page, account.email, account.password);
  await expect(page.getByText(/Too many attempts\. Try again in/)).toBeVisible();
  await context.close();
});

test("a new sign-in from another browser emails an unknown-device alert", async ({ browser }) => {
  const first = await browser.newContext();
  const account = await signInNewCustomer(await first.newPage());
  const other = await browser.newContext({
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
  });
  await signIn(await other.newPage(), account);
  const alert = await waitForEmail(account.email, "New sign-in to your Marquee account");
  expect(alert.text).toContain("Firefox on Windows");
  await first.close();
  await other.close();
});

test("sign out ends the session on the server: the old cookie replayed is signed out", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInNewCustomer(page);
  const captured = await context.cookies();
  expect(captured.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies(captured);
  await expectSignedOut(await replay.newPage());
  await context.close();
  await replay.close();
});

test("return URLs to other sites stay on our origin", async ({ page, baseURL, customer: account }) => {
  for (const target of ["https://evil.example/phish", "//evil.example", "javascript:alert(1)", "/\\evil.example"]) {
    await signIn(page, account, target);
    expect(new URL(page.url()).origin).toBe(baseURL);
  }
  await signIn(page, account, "/account?tab=details");
  await expect(page).toHaveURL(/\/account\?tab=details$/);
});
