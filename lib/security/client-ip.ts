import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The header our own server stamps with the TCP peer address of every request (peer-address.ts),
 * overwriting whatever a client sent under that name. Next.js exposes no peer address of its own to
 * route handlers or server actions: it only copies it into X-Forwarded-For when that header is absent.
 */
export const PEER_ADDRESS_HEADER = "x-marquee-peer-address";

/**
 * The caller's address, for rate limits, sessions and the audit log. With `trustedProxyHops` = 0 it
 * is the TCP peer and X-Forwarded-For is ignored; behind N proxies it is the N-th address counted
 * from the right of [X-Forwarded-For…, peer]: each trusted proxy appends the address it saw, so
 * anything further left was written by the client and proves nothing. Null only when the server
 * could not stamp the peer (then callers skip per-address limits rather than share one bucket).
 */
export function clientIp(requestHeaders: Headers, trustedProxyHops = env.TRUSTED_PROXY_HOPS): string | null {
  const peer = normaliseAddress(requestHeaders.get(PEER_ADDRESS_HEADER));
  if (!peer) return null;
  // Positions matter, so an empty entry stays an (invalid) entry rather than shifting the others.
  const header = requestHeaders.get("x-forwarded-for");
  const forwarded = header ? header.split(",").map((entry) => entry.trim()) : [];
  const nearestFirst = [peer, ...forwarded.reverse()];
  // A malformed entry at the trusted position can only come from a proxy count set too high; the
  // next address inward was still written by a trusted hop, so use that one.
  for (let hop = Math.min(trustedProxyHops, nearestFirst.length - 1); hop >= 0; hop--) {
    const address = normaliseAddress(nearestFirst[hop]);
    if (address) return address;
  }
  return null;
}

/** A valid IP address in canonical text (IPv4-mapped IPv6 as IPv4, ports and brackets removed), or null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address : null;
}

/**
 * The key of an address for per-address rate limits: the address itself for IPv4, its /64 network
 * for IPv6 (one subscriber usually holds a whole /64, so single addresses would be free to rotate).
 */
export function rateLimitAddressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const headGroups = groups(head);
  const tailGroups = address.includes("::") ? groups(tail) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const full = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tailGroups];
  return `${full.slice(0, 4).map((group) => group.padStart(4, "0")).join(":")}::/64`;
}
