import "server-only";
import Stripe from "stripe";
import { env } from "@/lib/env";

let client: Stripe | undefined;

/** Card payments are offered only with both Stripe keys set (lib/env.ts refuses one without the other). */
export function cardPaymentsEnabled() {
  return Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET);
}

/** The one Stripe client of this process; STRIPE_API_BASE_URL points it at a stand-in in tests. */
export function stripe(): Stripe {
  if (!env.STRIPE_SECRET_KEY) throw new Error("stripe: STRIPE_SECRET_KEY is not set");
  client ??= new Stripe(env.STRIPE_SECRET_KEY, { ...apiLocation(env.STRIPE_API_BASE_URL), maxNetworkRetries: 2, timeout: 10_000 });
  return client;
}

function apiLocation(baseUrl: string | undefined) {
  if (!baseUrl) return {};
  const url = new URL(baseUrl);
  const protocol = url.protocol === "http:" ? ("http" as const) : ("https" as const);
  return { host: url.hostname, port: url.port || (protocol === "http" ? "80" : "443"), protocol };
}

export const STRIPE_PROVIDER = "stripe";
