import { startStripeFake } from "../../test/stripe-fake";
import { e2ePort, stripeFakePort, STRIPE_E2E_WEBHOOK_SECRET } from "./ports";

/** The Stripe stand-in for browser tests (playwright.config.ts starts it): it signs webhooks to the e2e server. */
void startStripeFake({
  port: stripeFakePort,
  webhookUrl: `http://localhost:${e2ePort}/api/payments/stripe/webhook`,
  webhookSecret: STRIPE_E2E_WEBHOOK_SECRET,
});
