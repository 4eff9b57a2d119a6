import { expect, test } from "@playwright/test";
import { signInNewCustomer } from "./support/accounts";

test.use({ timezoneId: "Asia/Tokyo" });

test("signed-in devices show their times on the visitor's own clock, from the server's first render", async ({ page }) => {
  await signInNewCustomer(page);
  // No JavaScript for this load: the times must already be right in the server's HTML.
  // React separates adjacent text with <!-- --> markers; drop them to read the text as shown.
  const html = (await (await page.request.get("/account/security")).text()).replaceAll("<!-- -->", "");
  expect(html).toMatch(/Signed in \d{1,2} \w{3} \d{4}, \d{2}:\d{2} GMT\+9/);
  expect(html).not.toMatch(/Signed in [^·]* UTC/);

  await page.goto("/account/security");
  const devices = page.getByRole("list", { name: "Signed-in devices" });
  await expect(devices.getByText(/Signed in .* GMT\+9 · last active .* GMT\+9/)).toBeVisible();
});
