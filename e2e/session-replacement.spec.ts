import { expect, test } from "@playwright/test";
import { signIn, signInNewCustomer } from "./support/accounts";
import { expectSignedIn, expectSignedOut } from "./support/auth-helpers";

const SESSION_COOKIE = "authjs.session-token";

test("signing in again ends the session the browser had: its old cookie replayed is signed out", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signInNewCustomer(page);
  const before = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!before) throw new Error("no session cookie after sign-up");

  await signIn(page, account);
  const after = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(after?.value).toBeTruthy();
  expect(after?.value).not.toBe(before.value);
  await expectSignedIn(page);

  const replay = await browser.newContext();
  await replay.addCookies([before]);
  await expectSignedOut(await replay.newPage());
  await context.close();
  await replay.close();
});
