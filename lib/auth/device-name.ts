/** A short, human name for a user agent ("Firefox on Windows"), for session lists and alerts. */
export function deviceName(userAgent: string): string {
  if (!userAgent) return "Unknown device";
  const browser =
    /Edg\//.test(userAgent) ? "Edge"
    : /OPR\//.test(userAgent) ? "Opera"
    : /Firefox\//.test(userAgent) ? "Firefox"
    : /Chrom(e|ium)\//.test(userAgent) ? "Chrome"
    : /Safari\//.test(userAgent) ? "Safari"
    : /curl|wget|python|node|undici/i.test(userAgent) ? "Script"
    : "Browser";
  const os =
    /Android/.test(userAgent) ? "Android"
    : /iPhone|iPad|iPod/.test(userAgent) ? "iOS"
    : /Windows/.test(userAgent) ? "Windows"
    : /Mac OS X|Macintosh/.test(userAgent) ? "macOS"
    : /Linux|X11/.test(userAgent) ? "Linux"
    : null;
  return os ? `${browser} on ${os}` : browser;
}

/** A name for an app signed in through the JSON API: the product its User-Agent starts with ("MarqueeKiosk"). */
export function apiClientName(userAgent: string): string {
  const product = userAgent.match(/^[A-Za-z][\w.-]{0,40}/)?.[0];
  return product ? `${product} (app)` : "An app";
}
