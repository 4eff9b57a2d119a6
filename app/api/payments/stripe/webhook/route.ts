import { connection } from "next/server";
import type Stripe from "stripe";
import { env } from "@/lib/env";
import { problem } from "@/lib/api/problem";
import { readCapped } from "@/lib/api/request-body";
import { receiveStripeEvent } from "@/lib/orders/payments/card-events";
import { cardPaymentsEnabled, stripe } from "@/lib/orders/payments/stripe";
import { answeringOutages } from "@/lib/api/outage";
import { log } from "@/lib/log/logger";

/** Stripe's events are a few kilobytes; anything far bigger is not from Stripe. */
const MAX_EVENT_BYTES = 256 * 1024;
/** Stripe's own default: a signed request older than this is a replay, whatever its signature. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Stripe's webhook. The signature (HMAC of the raw body with our endpoint secret, and a timestamp) is
 * checked before anything is read from the body; a bad or stale one is 400 and changes nothing. Each
 * event id is applied once (card-events.ts), so Stripe's retries and replays are harmless. 2xx tells
 * Stripe to stop retrying; an error while applying is 500, so Stripe tries again later.
 */
export const POST = answeringOutages(async function POST(request: Request) {
  await connection();
  if (!cardPaymentsEnabled() || !env.STRIPE_WEBHOOK_SECRET) return problem(404, "Card payments are not configured on this server.");
  const signature = request.headers.get("stripe-signature");
  if (!signature) return problem(400, "The Stripe-Signature header is missing.", "bad_signature");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EVENT_BYTES) return problem(413, "The event is too large.");
  const payload = await readCapped(request, MAX_EVENT_BYTES);
  if (payload === null) return problem(413, "The event is too large.");
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(payload, signature, env.STRIPE_WEBHOOK_SECRET, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    log.warn("payments: a webhook with a bad or expired Stripe signature was refused");
    return problem(400, "The Stripe signature does not match this body, or it is too old.", "bad_signature");
  }
  const result = await receiveStripeEvent(event);
  return Response.json({ received: true, duplicate: result === "duplicate" }, { headers: { "Cache-Control": "no-store" } });
});
