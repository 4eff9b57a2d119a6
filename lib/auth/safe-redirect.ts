/**
 * Where to go after signing in: only a path on this site. Anything else — another origin, a
 * protocol-relative `//host`, a backslash trick, `javascript:`, or a path that only becomes one of
 * those once dot segments are resolved (`/.//evil.example`, `/%2e//evil.example`) — falls back to
 * `fallback`. The check runs on the normalised result, because that is what the browser follows.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 2048) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  try {
    const base = "http://marquee.invalid";
    const url = new URL(target, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Resolving "." and ".." can leave a path that starts with two slashes: a browser reads it as a host.
    if (path.startsWith("//") || path.startsWith("/\\") || new URL(path, base).origin !== base) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
