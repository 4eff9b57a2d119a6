import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { InvalidError, RateLimitedError } from "@/lib/errors";
import { markSessionAuthenticated } from "@/lib/auth/recent-auth";
import type { SessionUser } from "@/lib/auth/sessions";
import { verifyPasskeySignIn } from "./sign-in";

/** "Confirm it's you" with one of the user's own passkeys: the session counts as recent again. */
export async function reauthenticateWithPasskey(
  user: SessionUser,
  sessionId: string,
  response: AuthenticationResponseJSON,
  ip: string | null,
) {
  const result = await verifyPasskeySignIn(response, ip);
  if (result.status === "throttled") throw new RateLimitedError(result.retryAfterSeconds);
  if (result.status !== "ok" || result.user.id !== user.id) {
    throw new InvalidError("That passkey didn't confirm it's you. Try again, or use your password.");
  }
  await markSessionAuthenticated(user.id, sessionId, "passkey");
}
