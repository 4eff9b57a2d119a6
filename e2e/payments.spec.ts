import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { leaseShowtime } from "./support/pool";
import { freeSeats } from "./support/seat-map";
import { stripeFakeUrl } from "./support/ports";
import type { DeliveredEvent, FakeRefund, FakeSession } from "../test/stripe-fake";

/**
 * Card payments end to end: the app's real Stripe SDK against the stand-in (test/stripe-fake.ts),
 * which serves the hosted checkout page and posts signed webhooks to the server under test.
 */

/** Picks two free seats of a leased showtime, checks out by card and lands on the stand-in's page. */
async function checkOutByCard(page: Page) {
  const showtime = leaseShowtime();
  await page.goto(showtime.url);
  const seats: string[] = [];
  for (let i = 0; i < 2; i++) {
    const seat = freeSeats(page).nth(3);
    const label = ((await seat.getAttribute("aria-label")) ?? "").split(",").slice(0, 2).join(",").trim();
    await seat.click();
    await expect(page.getByRole("button", { name: new RegExp(`^${label}\\b`) })).toHaveAttribute("aria-pressed", "true");
    seats.push(label);
  }
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.goto("/checkout");
  await expect(page.getByRole("radio", { name: /Pay by card/ })).toBeChecked();
  await page.getByRole("button", { name: /Place order and pay/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripeFakeUrl}/pay/cs_`));
  const sessionId = page.url().split("/").pop() ?? "";
  return { showtimeUrl: showtime.url, seats, sessionId };
}

async function fakeGet<T>(path: string): Promise<T> {
  return (await (await fetch(`${stripeFakeUrl}${path}`)).json()) as T;
}

async function pay(page: Page) {
  await page.getByRole("button", { name: /^Pay / }).click();
  return paid(page);
}

/** Back from Stripe, once its confirmation has landed: the order page with the tickets. */
async function paid(page: Page) {
  await expect(page).toHaveURL(/\/account\/orders\/MQ-[A-Z0-9]{6}\?placed=1/);
  await expect(page.getByText("Thank you — your order is confirmed.")).toBeVisible();
  return page.url().match(/MQ-[A-Z0-9]{6}/)?.[0] ?? "";
}

test("a customer pays by card on the hosted page and gets the tickets with QR codes by email", async ({ page, customer }) => {
  const { sessionId } = await checkOutByCard(page);
  await expect(page.getByRole("heading", { name: "Test checkout" })).toBeVisible();
  // Stripe's confirmation lands a few seconds after the customer is back: the return page waits for it.
  await fetch(`${stripeFakeUrl}/__fake/sessions/${sessionId}/delay-webhook?ms=4000`, { method: "POST" });
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByRole("heading", { name: "Confirming your payment…" })).toBeVisible();
  const number = await paid(page);
  await expect(page.getByRole("img", { name: /^QR code for Row/ })).toHaveCount(2);
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();
  const mail = await waitForEmail(customer.email, `order ${number}`);
  expect(mail.attachments.filter((a) => a.filename.endsWith(".png"))).toHaveLength(2);
  expect(mail.text).toContain("Paid by card");
  const sessions = await fakeGet<FakeSession[]>("/__fake/sessions");
  expect(sessions.find((s) => s.id === sessionId)).toMatchObject({ status: "complete", metadata: { orderNumber: number } });
});

test("a customer who leaves the payment page keeps the seats until the session expires, then they are back on sale", async ({ page, customer, browser }) => {
  void customer;
  const { showtimeUrl, seats, sessionId } = await checkOutByCard(page);
  await page.getByRole("button", { name: "Cancel and go back" }).click();
  await expect(page).toHaveURL(/\/account\/orders\/MQ-[A-Z0-9]{6}\?payment=cancelled/);
  await expect(page.getByRole("heading", { name: "Finish paying to get your tickets" })).toBeVisible();
  await expect(page.getByText("You left the payment page before paying.")).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR code/ })).toHaveCount(0);
  const orderUrl = page.url().split("?")[0];

  const other = await browser.newPage();
  await other.goto(showtimeUrl);
  for (const seat of seats) await expect(other.getByRole("button", { name: new RegExp(`^${seat}\\b`) })).toBeDisabled();

  // Stripe ends the session (its time ran out) and tells the app by webhook.
  await fetch(`${stripeFakeUrl}/__fake/sessions/${sessionId}/expire`, { method: "POST" });
  await page.goto(orderUrl);
  await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("The card payment was not completed")).toBeVisible();
  await other.reload();
  for (const seat of seats) await expect(other.getByRole("button", { name: new RegExp(`^${seat}\\b`) })).toBeEnabled();
  await other.close();
});

test("cancelling a card order within the policy refunds the card: on the order and at Stripe", async ({ page, customer }) => {
  void customer;
  await checkOutByCard(page);
  const number = await pay(page);
  // The page is shown before it hydrates, and a click on "Cancel order" before then does nothing.
  await expect(async () => {
    await page.getByRole("button", { name: "Cancel order" }).click();
    await expect(page.getByRole("button", { name: "Yes, cancel the order" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("button", { name: "Yes, cancel the order" }).click();
  await expect(page.getByText(/Your order is cancelled\./)).toBeVisible();
  await page.reload();
  const refunds = page.getByRole("list", { name: "Card refunds" });
  await expect(refunds).toContainText("Refunded to your card");
  await expect(page.getByText("Refunded", { exact: true })).toBeVisible();
  const sessions = await fakeGet<FakeSession[]>("/__fake/sessions");
  const session = sessions.find((s) => s.metadata.orderNumber === number);
  const made = (await fakeGet<FakeRefund[]>("/__fake/refunds")).filter((r) => r.payment_intent === session?.payment_intent);
  expect(made.map((r) => r.amount)).toEqual([session?.amount_total]);
});

test("the webhook refuses a forged signature and applies a replayed event once", async ({ page, customer, request }) => {
  void customer;
  const { sessionId } = await checkOutByCard(page);
  const number = await pay(page);
  const events = await fakeGet<DeliveredEvent[]>("/__fake/events");
  const completed = events.find((e) => e.type === "checkout.session.completed" && e.payload.includes(sessionId));
  expect(completed?.status).toBe(200);

  // Signed with another secret: refused, and the body is never trusted.
  const forgedBody = completed?.payload.replace('"status":"complete"', '"status":"expired"').replace("checkout.session.completed", "checkout.session.expired") ?? "";
  const forged = await request.post("/api/payments/stripe/webhook", {
    headers: { "Content-Type": "application/json", "Stripe-Signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}` },
    data: forgedBody,
  });
  expect(forged.status()).toBe(400);
  expect(forged.headers()["content-type"]).toContain("application/problem+json");
  expect(await forged.json()).toMatchObject({ status: 400, code: "bad_signature" });
  const unsigned = await request.post("/api/payments/stripe/webhook", { headers: { "Content-Type": "application/json" }, data: forgedBody });
  expect(unsigned.status()).toBe(400);

  // The same event delivered again, correctly signed: recognised, nothing applied twice.
  const replay = await (await fetch(`${stripeFakeUrl}/__fake/events/${completed?.id}/redeliver`, { method: "POST" })).json();
  expect(replay).toMatchObject({ id: completed?.id, status: 200 });
  await page.goto(`/account/orders/${number}`);
  await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR code for Row/ })).toHaveCount(2);
});
