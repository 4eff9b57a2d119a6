import { describe, expect, it } from "vitest";
import { clientIp, normaliseAddress, PEER_ADDRESS_HEADER, rateLimitAddressKey } from "./client-ip";

function request(peer: string | null, forwardedFor?: string) {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("clientIp", () => {
  it.each([
    // [what, peer, X-Forwarded-For, trusted hops, expected]
    ["no proxy: the peer, whatever X-Forwarded-For says", "203.0.113.7", "1.1.1.1", 0, "203.0.113.7"],
    ["no proxy, no header", "203.0.113.7", undefined, 0, "203.0.113.7"],
    ["IPv4-mapped peer as IPv4", "::ffff:203.0.113.7", undefined, 0, "203.0.113.7"],
    ["IPv6 peer", "2001:DB8::1", undefined, 0, "2001:db8::1"],
    ["one proxy: the right-most entry", "10.0.0.2", "198.51.100.4", 1, "198.51.100.4"],
    ["one proxy: a forged left-most entry is ignored", "10.0.0.2", "1.2.3.4, 198.51.100.4", 1, "198.51.100.4"],
    ["one proxy: many forged entries are ignored", "10.0.0.2", "6.6.6.6, 7.7.7.7, 198.51.100.4", 1, "198.51.100.4"],
    ["two proxies: second from the right", "10.0.0.2", "9.9.9.9, 198.51.100.4, 10.0.0.1", 2, "198.51.100.4"],
    ["proxy count higher than the chain: the furthest hop there is", "10.0.0.2", "198.51.100.4", 3, "198.51.100.4"],
    ["one proxy but the request skipped it (no header): the peer", "203.0.113.9", undefined, 1, "203.0.113.9"],
    ["a port after an IPv4 entry", "10.0.0.2", "198.51.100.4:51234", 1, "198.51.100.4"],
    ["a bracketed IPv6 entry with a port", "10.0.0.2", "[2001:db8::5]:443", 1, "2001:db8::5"],
    ["garbage at the trusted position: the next hop inward", "10.0.0.2", "1.1.1.1, not-an-ip", 1, "10.0.0.2"],
    ["an empty entry at the trusted position: the next hop inward", "10.0.0.2", "1.1.1.1, ", 1, "10.0.0.2"],
  ] as const)("%s", (_what, peer, forwardedFor, hops, expected) => {
    expect(clientIp(request(peer, forwardedFor), hops)).toBe(expected);
  });

  it.each([
    ["no peer stamp (the server could not see one)", null, "198.51.100.4", 1],
    ["a peer stamp that is not an address", "unknown", "198.51.100.4", 0],
  ] as const)("is null for %s, never a shared placeholder", (_what, peer, forwardedFor, hops) => {
    expect(clientIp(request(peer, forwardedFor), hops)).toBeNull();
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["1.2.3.4", "1.2.3.4"],
    [" 1.2.3.4 ", "1.2.3.4"],
    ["1.2.3.4:80", "1.2.3.4"],
    ["::1", "::1"],
    ["[::1]", "::1"],
    ["::ffff:1.2.3.4", "1.2.3.4"],
    ["999.1.1.1", null],
    ["1.2.3.4, 5.6.7.8", null],
    ["<script>", null],
    ["", null],
  ] as const)("%s → %s", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });
});

describe("rateLimitAddressKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:0db8:0001:0002::/64"],
    ["2001:db8:1:2::9", "2001:0db8:0001:0002::/64"],
    ["2001:db8::1", "2001:0db8:0000:0000::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
  ] as const)("%s → %s", (address, expected) => {
    expect(rateLimitAddressKey(address)).toBe(expected);
  });
});
