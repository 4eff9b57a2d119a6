import { expect, test } from "./support/fixtures";
import type { Page } from "@playwright/test";

// Save on an admin form never silently drops the chosen poster or photo: it waits for an upload in
// flight and stops at a refused file (issue 23). The upload route is held back or broken per test.

// A real 1×1 PNG, made from bytes here rather than read from a fixture file.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const notAnImage = { name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") };

const runId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Holds every upload until the test calls the returned function: a slow connection, on cue. */
async function holdUploads(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/admin/uploads", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("Save during a slow poster upload waits for it, and the movie is saved with the poster", async ({ adminPage: page }) => {
  const title = `Slow Poster ${runId()}`;
  const releaseUploads = await holdUploads(page);
  await page.goto("/admin/movies/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Release date").fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel("Runtime (minutes)").fill("95");
  await page.getByLabel("Certificate").fill("PG");
  await page.getByLabel("Poster").setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: png });
  await expect(page.getByText("Uploading poster…")).toBeVisible();

  await page.getByRole("button", { name: "Create movie" }).click();
  const waiting = page.getByRole("button", { name: "Uploading poster…" });
  await expect(waiting).toBeDisabled();
  await expect(page).toHaveURL(/\/admin\/movies\/new$/);

  releaseUploads();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Movie created.")).toBeVisible();
  await expect(page.getByRole("img", { name: `Poster of ${title}` })).toBeVisible();
});

test("Save after a refused photo stays on the form with the error; clearing the file saves without one", async ({ adminPage: page }) => {
  const name = `Refused Photo ${runId()}`;
  await page.goto("/admin/actors/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Photo").setInputFiles(notAnImage);
  await expect(page.getByText("That file is not a JPEG, PNG, WebP or AVIF image.")).toBeVisible();

  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByText("The photo you chose was not uploaded.")).toBeVisible();
  await expect(page.getByLabel("Photo")).toBeFocused();
  await expect(page.getByText("That file is not a JPEG, PNG, WebP or AVIF image.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/actors\/new$/);

  // Removing the file choice is saying "no photo" on purpose.
  await page.getByRole("button", { name: "Clear chosen file" }).click();
  await expect(page.getByText("That file is not a JPEG, PNG, WebP or AVIF image.")).toBeHidden();
  await page.getByRole("button", { name: "Create actor" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Actor created.")).toBeVisible();
  await expect(page.getByRole("img", { name: `Photo of ${name}` })).toHaveCount(0);
});

test("a failed or too large photo stops Save until a good one is chosen", async ({ adminPage: page }) => {
  const name = `Failed Photo ${runId()}`;
  await page.goto("/admin/producers/new");
  await page.getByLabel("Name").fill(name);

  // The connection drops during the upload.
  await page.route("**/admin/uploads", (route) => route.abort("connectionreset"));
  await page.getByLabel("Photo").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByText("The upload failed. Check your connection and try again.")).toBeVisible();
  await page.getByRole("button", { name: "Create producer" }).click();
  await expect(page.getByText("The photo you chose was not uploaded.")).toBeVisible();
  await expect(page.getByLabel("Photo")).toBeFocused();
  await page.unroute("**/admin/uploads");

  // Refused in the browser before sending: larger than the 5 MB the server accepts.
  await page.getByLabel("Photo").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(page.getByText("The image is larger than 5 MB. Use a smaller one.")).toBeVisible();
  await page.getByRole("button", { name: "Create producer" }).click();
  await expect(page.getByLabel("Photo")).toBeFocused();
  await expect(page).toHaveURL(/\/admin\/producers\/new$/);

  // A good file replaces the refused one.
  await page.getByLabel("Photo").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("img", { name: "Current photo" })).toBeVisible();
  await page.getByRole("button", { name: "Create producer" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("img", { name: `Photo of ${name}` })).toBeVisible();
});
