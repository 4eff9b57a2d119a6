import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

/** The current TOTP code of a secret, as an authenticator app would show it. */
export function totpCode(secret: string, at = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at / 1000) });
}

/** Milliseconds until the next 30-second TOTP step begins (plus a little margin). */
export function msUntilNextStep(at = Date.now()) {
  return 30_000 - (at % 30_000) + 250;
}

/**
 * Answers the second sign-in step with the authenticator code of `secret`. A code is accepted once:
 * when another test (or an earlier step of this one) already used this 30-second step's code, the
 * page says so, and this waits for the next step and tries again.
 */
export async function passSecondFactor(page: Page, secret: string): Promise<string> {
  await expect(page).toHaveURL(/\/sign-in\/second-factor/);
  for (let attempt = 0; attempt < 3; attempt++) {
    const code = await totpCode(secret);
    await page.getByLabel("Authentication code").fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    const replayed = page.getByText("That code was already used");
    await expect(async () => {
      const left = !new URL(page.url()).pathname.startsWith("/sign-in");
      expect(left || (await replayed.isVisible())).toBe(true);
    }).toPass({ timeout: 15_000 });
    if (!new URL(page.url()).pathname.startsWith("/sign-in")) return code;
    await page.waitForTimeout(msUntilNextStep());
  }
  throw new Error("the second sign-in step kept refusing the authenticator code");
}
