import { env } from "@/lib/env";

/**
 * Whether a browser sent this request from one of our own pages: its Origin is the site's public
 * origin (APP_URL) or the host the browser addressed (the Host header, which a page on another site
 * cannot set). Not the request's URL: a server bound to "::" or behind a proxy sees its own address there.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || !URL.canParse(origin)) return false;
  if (new URL(origin).origin === new URL(env.APP_URL).origin) return true;
  return new URL(origin).host === request.headers.get("host");
}
