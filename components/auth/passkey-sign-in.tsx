"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill } from "@simplewebauthn/browser";
import { passkeySignInAction } from "@/app/(auth)/passkey-actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { requestPasskeyAssertion, type Assertion } from "./passkey-assertion";

const noSubscription = () => () => {};

/**
 * "Sign in with a passkey": the button, and the same through the browser's autofill on the email
 * field (conditional UI), which waits in the background from the moment the page opens. Pressing
 * the button cancels that background request and starts a visible one.
 */
export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  // Known only in the browser: the server renders nothing, the first client render the button.
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState("");

  async function finish(assertion: Assertion) {
    setPending(true);
    const result = await passkeySignInAction({ response: assertion, callbackUrl });
    // Only a refusal comes back: a success redirects.
    setPending(false);
    if (!result.ok) setProblem(result.formError ?? "That passkey didn't sign you in.");
  }

  useEffect(() => {
    let active = true;
    void browserSupportsWebAuthnAutofill().then(async (autofill) => {
      if (!autofill || !active) return;
      const outcome = await requestPasskeyAssertion({ autofill: true });
      if (active && "assertion" in outcome) await finish(outcome.assertion);
    });
    return () => {
      active = false;
    };
    // Once per page: a new background request would cancel the one the browser is showing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function signInWithPasskey() {
    setProblem("");
    setPending(true);
    const outcome = await requestPasskeyAssertion();
    if ("assertion" in outcome) return finish(outcome.assertion);
    setPending(false);
    setProblem(outcome.problem);
  }

  if (!supported) return null;
  return (
    <div className="flex flex-col gap-2">
      <FormError message={problem || undefined} />
      <Button variant="secondary" onClick={signInWithPasskey} disabled={pending}>
        {pending ? "Waiting for your passkey…" : "Sign in with a passkey"}
      </Button>
    </div>
  );
}
