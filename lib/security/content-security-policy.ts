/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (and what they
 * load, via 'strict-dynamic'), no plugins, no <base> element at all (nothing uses one, so an injected
 * one can't re-point relative URLs), forms submit only to us, never framed. Edge-safe (no Node APIs).
 *
 * A cached catalogue page (lib/catalog/cached-pages.ts) has no nonce: its HTML was rendered for another
 * visit, and Next's inline scripts carry neither a nonce nor a hash. Its scripts are limited to our
 * origin and inline ones (ADR 021); everything else is the same policy.
 */
export function contentSecurityPolicy(
  nonce: string | null,
  { development, paymentPage }: { development: boolean; paymentPage?: string },
) {
  const scripts = nonce === null ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    // React's development build evaluates strings (stack traces, fast refresh); production never does.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes come from React and Next (e.g. the route announcer); styles can't run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    // An injected <form action="https://evil…"> can't carry what a user types away. OAuth sign-in still
    // works: its form posts to us, and the redirect to the provider is a navigation, not a form target.
    // Placing a card order is a form whose answer redirects to Stripe's hosted page, which browsers
    // check against form-action too: that one origin (or the tests' stand-in) is allowed.
    `form-action 'self' ${paymentPage ?? STRIPE_CHECKOUT_ORIGIN}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

const STRIPE_CHECKOUT_ORIGIN = "https://checkout.stripe.com";

/** 128 random bits, base64: a fresh nonce per response. */
export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
