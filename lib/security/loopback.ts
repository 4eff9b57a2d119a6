import { isIP } from "node:net";

/** True for this machine's own addresses: 127.0.0.0/8, ::1 and 127.x written as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | null): boolean {
  if (!address) return false;
  if (isIP(address) === 4) return address.startsWith("127.");
  if (isIP(address) !== 6) return false;
  // The URL parser writes IPv6 in its shortest form: ::1, and ::ffff:7fxx:xxxx for a mapped 127.x.x.x.
  const canonical = new URL(`http://[${address}]`).hostname;
  return canonical === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}
