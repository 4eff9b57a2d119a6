import { startAuthentication, WebAuthnError } from "@simplewebauthn/browser";
import { startPasskeySecondFactorAction, startPasskeySignInAction } from "@/app/(auth)/passkey-actions";

const unavailable = "Passkeys aren't available right now. Try again.";

export type Assertion = Awaited<ReturnType<typeof startAuthentication>>;

/**
 * Asks the browser for a passkey assertion on a fresh server challenge: for signing in with any of the
 * person's passkeys, or for the second step of this browser's pending sign-in. With `autofill`, the request
 * waits quietly for the person to pick a passkey from the email field's suggestions (conditional UI).
 * Returns the assertion, or why there is none in words for the page ("" when the person cancelled or
 * another request took over, which needs no message).
 */
export async function requestPasskeyAssertion({
  autofill = false,
  ceremony = "sign-in",
}: { autofill?: boolean; ceremony?: "sign-in" | "second-factor" } = {}): Promise<{ assertion: Assertion } | { problem: string; code?: string }> {
  const options = await (ceremony === "sign-in" ? startPasskeySignInAction : startPasskeySecondFactorAction)(undefined);
  if (!options.ok) return { problem: options.formError ?? unavailable, code: options.code };
  if (!options.data) return { problem: unavailable };
  try {
    return { assertion: await startAuthentication({ optionsJSON: options.data, useBrowserAutofill: autofill }) };
  } catch (error) {
    const cancelled =
      (error instanceof WebAuthnError && error.code === "ERROR_CEREMONY_ABORTED") ||
      (error instanceof Error && (error.name === "NotAllowedError" || error.name === "AbortError"));
    return { problem: cancelled ? "" : "This browser couldn't use a passkey here." };
  }
}
