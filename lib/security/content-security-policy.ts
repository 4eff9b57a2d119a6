/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (and what they
 * load, via 'strict-dynamic'), no plugins, no <base> hijack, never framed. Edge-safe (no Node APIs).
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }) {
  return [
    "default-src 'self'",
    // React's development build evaluates strings (stack traces, fast refresh); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes come from React and Next (e.g. the route announcer); styles can't run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: a fresh nonce per response. */
export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
