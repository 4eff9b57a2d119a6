import { test as setup } from "@playwright/test";
import { demoAdmin, signIn } from "./support/accounts";
import { ADMIN_STORAGE_STATE } from "./support/fixtures";

// The demo admin signs in once, through the password and the TOTP step; specs that merely need an
// admin start from this browser state (the `adminPage` fixture) instead of waiting for fresh codes.
setup("sign in as the demo admin", async ({ page }) => {
  await signIn(page, demoAdmin);
  await page.context().storageState({ path: ADMIN_STORAGE_STATE });
});
