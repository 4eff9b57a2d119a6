/**
 * The caller's address from the proxy headers (first X-Forwarded-For entry, then X-Real-IP), or null.
 * Deploy behind a proxy that overwrites these headers: they key the per-address rate limits.
 */
export function clientIp(requestHeaders: Headers): string | null {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || requestHeaders.get("x-real-ip") || null;
  return ip && ip.length <= 45 && /^[0-9a-fA-F:.]+$/.test(ip) ? ip : null;
}
