import { expect, test, type Page } from "@playwright/test";
import { signInNewCustomer } from "./support/accounts";
import { expectSignedIn, expectSignedOut } from "./support/auth-helpers";
import { waitForEmail } from "./support/mailbox";

/**
 * Passkeys with Chromium's virtual authenticator (the DevTools WebAuthn domain): a platform
 * authenticator that holds discoverable credentials and verifies its user, as a phone or laptop does.
 */
async function addVirtualAuthenticator(page: Page) {
  const client = await page.context().newCDPSession(page);
  await client.send("WebAuthn.enable");
  const { authenticatorId } = await client.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async credentials() {
      return (await client.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
    },
  };
}

/**
 * With the virtual authenticator, the sign-in page's background autofill request (conditional UI)
 * completes by itself, as if the person picked their passkey from the email field's list. Tests of
 * the button turn autofill off, like a browser that doesn't offer it.
 */
async function withoutPasskeyAutofill(page: Page) {
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
}

/**
 * Adds a passkey from /account/security. The account's first passkey also turns two-step
 * verification on, and its recovery codes are shown once: they are acknowledged here.
 */
async function addPasskey(page: Page, name: string, { first = true } = {}) {
  await page.goto("/account/security");
  const section = page.getByRole("region", { name: "Passkeys" });
  await section.getByLabel("Name for a new passkey").fill(name);
  await section.getByRole("button", { name: "Add a passkey" }).click();
  if (first) {
    await expect(section.getByRole("status")).toContainText("two-step verification is on");
    await expect(section.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
    await section.getByRole("button", { name: "I've saved my codes" }).click();
  }
  await expect(section.getByRole("status")).toHaveText("Passkey added. You can sign in with it now.");
  return section;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

test("a customer adds a passkey, then signs in with it alone, with no email or password typed", async ({ page }) => {
  await withoutPasskeyAutofill(page);
  const authenticator = await addVirtualAuthenticator(page);
  const account = await signInNewCustomer(page);
  const section = await addPasskey(page, "Work laptop");
  const list = section.getByRole("list", { name: "Your passkeys" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByText("Work laptop")).toBeVisible();
  await expect(list.getByText(/not used yet/)).toBeVisible();
  const [credential] = await authenticator.credentials();
  expect(credential?.isResidentCredential).toBe(true);
  await waitForEmail(account.email, "A passkey was added to your Marquee account");

  await signOut(page);
  await page.goto("/sign-in?callbackUrl=%2Faccount%2Forders");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expectSignedIn(page);

  await page.goto("/account/security");
  await expect(page.getByRole("list", { name: "Your passkeys" }).getByText(/last used/)).toBeVisible();
  const log = page.getByRole("list", { name: /^Security events/ });
  await expect(log.getByRole("listitem").filter({ hasText: "Passkey added" }).filter({ hasText: "Work laptop" })).toBeVisible();
  await expect(log.getByRole("listitem").filter({ hasText: "Signed in" }).filter({ hasText: "with passkey" }).first()).toBeVisible();
});

test("a passkey is renamed and removed, and a removed passkey signs nobody in", async ({ page }) => {
  await withoutPasskeyAutofill(page);
  await addVirtualAuthenticator(page);
  const account = await signInNewCustomer(page);
  const section = await addPasskey(page, "Phone");

  await section.getByRole("button", { name: "Rename Phone" }).click();
  await section.getByLabel("New name").fill("Old phone");
  await section.getByRole("button", { name: "Save name" }).click();
  await expect(section.getByRole("list", { name: "Your passkeys" }).getByText("Old phone")).toBeVisible();

  await section.getByRole("button", { name: "Remove Old phone" }).click();
  await expect(section.getByRole("status")).toHaveText("Passkey removed. It can no longer sign you in.");
  await expect(section.getByRole("list", { name: "Your passkeys" })).toHaveCount(0);
  await waitForEmail(account.email, "A passkey was removed from your Marquee account");

  // The authenticator still holds the credential; the server no longer accepts it.
  await signOut(page);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByText("That passkey didn't sign you in. Try again, or use your email and password.")).toBeVisible();
  await expectSignedOut(page);
});

test("the browser's passkey autofill on the email field signs in on its own", async ({ page }) => {
  await addVirtualAuthenticator(page);
  await signInNewCustomer(page);
  await addPasskey(page, "Laptop");
  await signOut(page);
  await page.goto("/sign-in?callbackUrl=%2Faccount");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("with a passkey, a password sign-in asks for it as the second step, and only then is there a session", async ({ page }) => {
  await withoutPasskeyAutofill(page);
  await addVirtualAuthenticator(page);
  const account = await signInNewCustomer(page);
  await addPasskey(page, "Laptop");
  await expect(page.getByRole("region", { name: "Two-step verification" })).toContainText("On — 1 passkey");
  await signOut(page);

  await page.goto("/sign-in?callbackUrl=%2Faccount%2Forders");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\/second-factor/);
  await expect(page.getByRole("link", { name: "Use a recovery code instead" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Use your authenticator app instead" })).toHaveCount(0);
  await page.getByRole("button", { name: "Use your passkey" }).click();
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expectSignedIn(page);
});

test("a captured passkey sign-in replayed from another browser is refused: the challenge was spent", async ({ page, browser }) => {
  await withoutPasskeyAutofill(page);
  await addVirtualAuthenticator(page);
  await signInNewCustomer(page);
  await addPasskey(page, "Laptop");
  await signOut(page);

  await page.goto("/sign-in");
  const captured = page.waitForRequest(
    (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]) && (request.postData() ?? "").includes("authenticatorData"),
  );
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  const request = await captured;
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expectSignedIn(page);

  const attacker = await browser.newContext();
  const { "next-action": action, "next-router-state-tree": tree, "content-type": type } = request.headers();
  const replay = await attacker.request.post("/sign-in", {
    headers: { "next-action": action ?? "", "next-router-state-tree": tree ?? "", "content-type": type ?? "text/plain;charset=UTF-8", origin: new URL(request.url()).origin },
    data: request.postData() ?? "",
  });
  // The action ran and refused: the passkey's answer was bound to a challenge already spent.
  expect(await replay.text()).toContain("That passkey didn't sign you in");
  const attackerPage = await attacker.newPage();
  await expectSignedOut(attackerPage);
  await attacker.close();
});

for (const width of [390, 1280]) {
  test(`the passkey screens at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await withoutPasskeyAutofill(page);
    await addVirtualAuthenticator(page);
    const account = await signInNewCustomer(page);
    const section = await addPasskey(page, "A passkey with a rather long name, to see it wrap");
    await section.screenshot({ path: testInfo.outputPath(`passkeys-${width}.png`) });
    await signOut(page);
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in with a passkey" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`sign-in-${width}.png`), fullPage: true });
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("button", { name: "Use your passkey" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`second-step-${width}.png`), fullPage: true });
  });
}
