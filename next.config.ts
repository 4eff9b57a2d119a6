import type { NextConfig } from "next";

const isProduction = process.env.NODE_ENV === "production";

// Headers every response carries. Pages also get a nonce-based Content-Security-Policy from
// middleware.ts (a fresh nonce per response); API responses get a policy that allows nothing.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

/**
 * The JSON API answers any origin: it reads no cookies (bearer tokens only, lib/api/bearer.ts), so a
 * page elsewhere can use it only with a token its user gave it, never with a browser's web session.
 */
const apiCorsHeaders = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Access-Control-Allow-Methods", value: "GET, POST, PATCH, DELETE, OPTIONS" },
  { key: "Access-Control-Allow-Headers", value: "Authorization, Content-Type, Idempotency-Key" },
  { key: "Access-Control-Expose-Headers", value: "Retry-After, WWW-Authenticate, X-Request-Id" },
  { key: "Access-Control-Max-Age", value: "600" },
];

/** Responses that are data, never a document: nothing may load, nothing may frame them. */
const jsonOnlyPolicy = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (README, "Several instances"): what a container ships.
  output: "standalone",
  // Next's own file-system cache, or with REDIS_URL one Redis shared by every instance (ADR 018);
  // the handler decides when the server starts, so one build serves either way.
  cacheHandler: require.resolve("./lib/cache/cache-handler.mjs"),
  // Which the handler imports only when the server starts with REDIS_URL, so tracing can't see it.
  outputFileTracingIncludes: { "/**": ["./lib/cache/redis-cache-handler.mjs"] },
  // Native and WASM packages must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@redis/client"],
  poweredByHeader: false,
  // Cached pages (ADR 021) are rendered again after 15 s (their `revalidate`); this bounds how old a
  // copy may still be served while that happens — to Node's cache, and through `stale-while-revalidate`
  // to any CDN — so a showtime listing is never more than 30 s behind, however quiet the night was.
  expireTime: 30,
  // `next dev` drops Turbopack's in-memory copy of what it has just written to its disk cache, so an
  // idle dev server holds hundreds of MB less (ADR 015, point 6). Development only.
  // The browser keeps a prefetched cached page for 30 s (Next's shortest), not 5 minutes, for the same reason.
  experimental: { turbopackMemoryEviction: "full", staleTimes: { static: 30 } },
  // The door's check-in moved to the box office (staff and admins); old bookmarks follow it.
  async redirects() {
    return [{ source: "/admin/orders/check-in", destination: "/box-office/check-in", permanent: true }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Not /api/docs and its tag pages: the API's reference is pages (with the site's nonce policy from middleware.ts).
      { source: "/api/:path((?!docs(?:/[^/]+)?$).*)", headers: [jsonOnlyPolicy] },
      { source: "/api/v1/:path*", headers: apiCorsHeaders },
      // A JSON route outside /api (see middleware.ts's matcher).
      { source: "/admin/uploads", headers: [jsonOnlyPolicy] },
    ];
  },
};

export default nextConfig;
