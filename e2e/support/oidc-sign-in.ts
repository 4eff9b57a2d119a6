import type { Page } from "@playwright/test";

/** Goes through the local OpenID Connect provider's own login and consent screens as `email`. */
export async function continueWithOidc(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Test identity provider" }).click();
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}
