import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * A ticket's QR code carries `code.signature`: the ticket's random code and an HMAC-SHA256 over it
 * with a key derived from AUTH_SECRET (HKDF, its own label, so the key signs nothing else). A scanner
 * holding the key rejects forged or altered codes without reading the database; the check-in view
 * verifies the signature before it looks the ticket up.
 */
let cachedKey: { secret: string; key: Buffer } | undefined;

function signingKey(secret = env.AUTH_SECRET) {
  if (cachedKey?.secret !== secret) {
    const key = Buffer.from(hkdfSync("sha256", secret, "marquee", "marquee ticket code v1", 32));
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

function sign(code: string, secret?: string) {
  return createHmac("sha256", signingKey(secret)).update(code).digest("base64url");
}

export function signTicketCode(code: string, secret?: string): string {
  return `${code}.${sign(code, secret)}`;
}

const SIGNED_PATTERN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

/** The ticket code if the signature is ours, else null (tampered, truncated or another key's). */
export function verifyTicketCode(signed: string, secret?: string): string | null {
  const match = SIGNED_PATTERN.exec(signed.trim());
  if (!match) return null;
  const [, code, signature] = match;
  const expected = Buffer.from(sign(code, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? code : null;
}
