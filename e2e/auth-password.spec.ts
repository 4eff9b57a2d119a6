import { expect, test } from "./support/fixtures";
import { newAccount, signIn, signInNewCustomer } from "./support/accounts";
import { linkIn, waitForEmail } from "./support/mailbox";
import { expectSignedIn, expectSignedOut, newIsolatedContext, submitSignIn, waitForEmailCount } from "./support/auth-helpers";

test("forgot password answers the same for a known and an unknown address", async ({ page, customer: known }) => {
  await page.getByRole("button", { name: "Sign out" }).click();
  const answers: string[] = [];
  for (const email of [known.email, newAccount().email]) {
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const status = page.getByRole("status").filter({ hasText: "Check your email" });
    await expect(status).toBeVisible();
    answers.push((await status.innerText()).replace(email, "<email>"));
  }
  expect(answers[0]).toBe(answers[1]);
  await waitForEmail(known.email, "Reset your Marquee password");
});

test("reset password: superseded and reused links refused, every session dies, a notice is sent", async ({ browser }) => {
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const account = await signInNewCustomer(laptopPage);
  const phone = await newIsolatedContext(browser);
  const phonePage = await phone.newPage();

  for (let request = 0; request < 2; request++) {
    await phonePage.goto("/forgot-password");
    await phonePage.getByLabel("Email").fill(account.email);
    await phonePage.getByRole("button", { name: "Send reset link" }).click();
    await expect(phonePage.getByText("Check your email")).toBeVisible();
  }
  const [first, second] = await waitForEmailCount(account.email, "Reset your Marquee password", 2);
  expect(second.text).toContain("expires in 1 hour");
  const newPassword = "a brand new reel of film 2026";

  await phonePage.goto(linkIn(first, "/reset-password"));
  await phonePage.getByLabel("New password").fill(newPassword);
  await phonePage.getByRole("button", { name: "Set new password" }).click();
  await expect(phonePage.getByText("This reset link has expired or was already used.")).toBeVisible();

  const secondLink = linkIn(second, "/reset-password");
  await phonePage.goto(secondLink);
  await phonePage.getByLabel("New password").fill("password123456");
  await phonePage.getByRole("button", { name: "Set new password" }).click();
  await expect(phonePage.getByText("This password is one of the most common passwords.", { exact: false }).first()).toBeVisible();
  // A refused password does not spend the link.
  await phonePage.getByLabel("New password").fill(newPassword);
  await phonePage.getByRole("button", { name: "Set new password" }).click();
  await expect(phonePage).toHaveURL(/\/sign-in\?reset=1$/);
  await waitForEmail(account.email, "Your Marquee password was changed");

  await expectSignedOut(laptopPage);
  await phonePage.goto(secondLink);
  await phonePage.getByLabel("New password").fill("yet another password for later");
  await phonePage.getByRole("button", { name: "Set new password" }).click();
  await expect(phonePage.getByText("This reset link has expired or was already used.")).toBeVisible();

  await phonePage.goto("/sign-in");
  await submitSignIn(phonePage, account.email, account.password);
  await expect(phonePage.getByText("That email and password don't match an account.")).toBeVisible();
  await signIn(phonePage, { email: account.email, password: newPassword });
  await laptop.close();
  await phone.close();
});

test("change password needs the current one and signs out the other devices", async ({ browser }) => {
  const laptop = await newIsolatedContext(browser);
  const laptopPage = await laptop.newPage();
  const account = await signInNewCustomer(laptopPage);
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, account);

  await laptopPage.goto("/account/security");
  await laptopPage.getByLabel("Current password").fill("this is not my password");
  await laptopPage.getByLabel("New password").fill("a completely new passphrase");
  await laptopPage.getByRole("button", { name: "Change password" }).click();
  await expect(laptopPage.getByText("That isn't your current password.")).toBeVisible();

  await laptopPage.getByLabel("Current password").fill(account.password);
  await laptopPage.getByLabel("New password").fill("a completely new passphrase");
  await expect(laptopPage.getByText("Changing your password signs out every other device.")).toBeVisible();
  await laptopPage.getByRole("button", { name: "Change password" }).click();
  await expect(laptopPage.getByText("Your password was changed and your other devices were signed out.")).toBeVisible();
  await waitForEmail(account.email, "Your Marquee password was changed");

  await expectSignedIn(laptopPage);
  await expectSignedOut(phonePage);
  await laptop.close();
  await phone.close();
});

test("the sessions list signs out one device, and 'sign out everywhere' ends them all", async ({ browser }) => {
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const account = await signInNewCustomer(laptopPage);
  const phone = await browser.newContext({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1" });
  const phonePage = await phone.newPage();
  await signIn(phonePage, account);
  const tablet = await browser.newContext();
  const tabletPage = await tablet.newPage();
  await signIn(tabletPage, account);

  await laptopPage.goto("/account/security");
  const devices = laptopPage.getByRole("list", { name: "Signed-in devices" });
  await expect(devices.getByText("This device")).toBeVisible();
  await devices.getByRole("button", { name: /End session: Safari on iOS/ }).click();
  await expect(devices.getByRole("button", { name: /End session: Safari on iOS/ })).toHaveCount(0);
  await expectSignedOut(phonePage);
  await expectSignedIn(tabletPage);

  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/sign-in/);
  await expectSignedOut(laptopPage);
  await expectSignedOut(tabletPage);
  await laptop.close();
  await phone.close();
  await tablet.close();
});
