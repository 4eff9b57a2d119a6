import "server-only";
import { consumeRateLimit, refundRateLimit, resetRateLimit } from "@/lib/security/rate-limit";

/**
 * The auth throttles. A sign-in attempt takes a point from the account+address and the address
 * counters before the password is checked (one atomic upsert each, so parallel guesses can't slip
 * past); a correct password gives them back. Emails take a point per recipient and per address.
 */
export async function beginSignInAttempt(email: string, ip: string | null) {
  const address = ip ?? "unknown";
  await consumeRateLimit("signInIp", address);
  await consumeRateLimit("signInAccountIp", `${email}|${address}`);
}

export async function signInSucceeded(email: string, ip: string | null) {
  const address = ip ?? "unknown";
  await Promise.all([resetRateLimit("signInAccountIp", `${email}|${address}`), refundRateLimit("signInIp", address)]);
}

export async function throttleEmail(recipient: string, ip: string | null) {
  await consumeRateLimit("emailIp", ip ?? "unknown");
  await consumeRateLimit("emailAddress", recipient);
}
