import { expect, test } from "./support/fixtures";
import { pickSeats, signInNewStaff } from "./support/box-office";
import { launchWithFakeCamera, writeQrVideo } from "./support/fake-camera";
import { leaseShowtime } from "./support/pool";

/**
 * The door scans a real ticket with the device camera: the QR of a ticket sold at the counter, filmed
 * by Chromium's fake camera, read through getUserMedia and decoded by jsQR. Debian's Chromium has no
 * BarcodeDetector; the test removes it from builds that have one, so the fallback is what it proves.
 */
test("the door camera reads a ticket's QR code and admits its seat", async ({ adminPage, page, browser, launchOptions, baseURL }, testInfo) => {
  test.setTimeout(150_000);
  await signInNewStaff(adminPage, page);
  const showtime = leaseShowtime({ soon: true });
  await page.goto(`/box-office/showtimes/${showtime.id}`);
  const [seat] = await pickSeats(page, 1);
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("radio", { name: /Cash/ }).check();
  await page.getByRole("button", { name: /^Paid · / }).click();
  await expect(page).toHaveURL(/\/box-office\/orders\/MQ-[A-Z0-9]{6}\?sold=1/);
  // Printed under the ticket's QR image, and what the image encodes: the signed code (lib/orders/ticket-qr.ts).
  const code = (await page.getByRole("listitem", { name: `Ticket ${seat}` }).locator("p.font-mono").innerText()).trim();
  expect(code).toMatch(/^[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$/);

  const video = testInfo.outputPath("ticket-qr.y4m");
  writeQrVideo(video, code);
  const camera = await launchWithFakeCamera(browser.browserType(), launchOptions, video);
  try {
    const context = await camera.newContext({
      baseURL,
      storageState: await page.context().storageState(),
      permissions: ["camera"],
      viewport: { width: 390, height: 900 },
    });
    await context.addInitScript(() => {
      delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    });
    const door = await context.newPage();
    await door.goto("/box-office/check-in");
    await door.getByRole("button", { name: "Scan with camera" }).click();
    const stopCamera = door.getByRole("button", { name: "Stop camera" });
    await expect(stopCamera).toBeVisible();
    await expect(door.getByRole("region", { name: "Admitted" })).toContainText(seat);

    // The camera view fits a phone and a desktop, and the button stays a comfortable target.
    for (const width of [390, 1280]) {
      await door.setViewportSize({ width, height: 900 });
      const view = await door.getByLabel("Camera view").boundingBox();
      const button = await stopCamera.boundingBox();
      expect(view && view.x >= 0 && view.x + view.width <= width, `camera view inside ${width} px`).toBe(true);
      expect(button?.height ?? 0, `Stop camera height at ${width} px`).toBeGreaterThanOrEqual(44);
      await door.screenshot({ path: testInfo.outputPath(`door-camera-${width}.png`), fullPage: true });
    }

    // Stopping releases the camera: its track ends.
    const stream = await door.getByLabel("Camera view").evaluateHandle((element) => (element as HTMLVideoElement).srcObject as MediaStream);
    await stopCamera.click();
    await expect(door.getByRole("button", { name: "Scan with camera" })).toBeVisible();
    await expect(door.getByLabel("Camera view")).toBeHidden();
    expect(await stream.evaluate((media) => media.getTracks().map((track) => track.readyState))).toEqual(["ended"]);
  } finally {
    await camera.close();
  }
});

test("without camera access the door page says so and keeps the typed code", async ({ adminPage, page }) => {
  await signInNewStaff(adminPage, page);
  // As in an insecure context (plain http to a LAN address), where browsers expose no mediaDevices.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "mediaDevices", { get: () => undefined });
  });
  await page.goto("/box-office/check-in");
  await expect(page.getByRole("note")).toHaveText(/The camera isn't available in this browser\. Type the code/);
  await expect(page.getByRole("button", { name: "Scan with camera" })).toHaveCount(0);
  await expect(page.getByLabel("Ticket code")).toBeVisible();
});
