/**
 * Where to go after signing in: only a path on this site. Anything else — another origin,
 * a protocol-relative `//host`, a backslash trick or `javascript:` — falls back to `fallback`.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 2048) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  try {
    const url = new URL(target, "http://marquee.invalid");
    if (url.origin !== "http://marquee.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
