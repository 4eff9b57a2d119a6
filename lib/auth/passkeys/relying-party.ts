import "server-only";
import { env } from "@/lib/env";

/**
 * Who we are to an authenticator. The origin and RP ID come from APP_URL, so an assertion made for
 * any other site (a phishing look-alike included) is refused, and a passkey made on a preview host
 * never works on the real one.
 */
export function relyingParty() {
  const url = new URL(env.APP_URL);
  return { name: "Marquee", id: url.hostname, origin: url.origin };
}
