import { NextRequest } from "next/server";

/**
 * The request as the browser addressed it. The standalone server puts its own bound address in a
 * request's URL (http://[::]:3001), where Auth.js builds OAuth callback URLs and redirects from it:
 * the provider would send people back to that address. The browser's address is the Host header, with
 * the scheme a TLS-terminating proxy reports — what Auth.js itself reads for server-side sign-ins.
 */
export function asAddressed(request: NextRequest): NextRequest {
  const host = request.headers.get("host");
  if (!host) return request;
  const forwardedScheme = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const scheme = forwardedScheme === "https" || forwardedScheme === "http" ? `${forwardedScheme}:` : request.nextUrl.protocol;
  const { href, origin } = request.nextUrl;
  return new NextRequest(href.replace(origin, `${scheme}//${host}`), request);
}
