"use client";

import { useState } from "react";
import { connectSignInMethodAction, disconnectSignInMethodAction } from "@/app/account/security/actions";
import type { ActionState } from "@/lib/actions/action-state";
import type { ReauthMethods } from "@/lib/auth/reauth-methods";
import type { SignInMethods as Methods } from "@/lib/auth/sign-in-methods";
import { useReauthentication } from "@/components/auth/reauthentication";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/** Password, passkeys and OAuth services: connect one (after confirming it's you) or disconnect it. */
export function SignInMethods({ methods, reauth }: { methods: Methods; reauth: ReauthMethods }) {
  const { run, dialog } = useReauthentication(reauth);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<ActionState | null>(null);

  async function act(provider: string, action: typeof connectSignInMethodAction) {
    setBusy(provider);
    setResult(null);
    // A successful connect leaves for the provider; only a refusal or a disconnect comes back here.
    setResult(await run(() => action({ provider })));
    setBusy(null);
  }

  return (
    <div className="flex flex-col gap-3">
      <FormError message={result && !result.ok ? result.formError : undefined} />
      {result?.ok && result.message ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {result.message}
        </p>
      ) : null}
      <ul className="flex flex-col divide-y divide-zinc-200" aria-label="Sign-in methods">
        <li className="flex items-center justify-between gap-3 py-3">
          <span className="font-medium">Password</span>
          <span className="text-sm text-zinc-600">{methods.password ? "Set" : "Not set"}</span>
        </li>
        {methods.passkeys > 0 ? (
          <li className="flex items-center justify-between gap-3 py-3">
            <span className="font-medium">Passkeys</span>
            <span className="text-sm text-zinc-600">{methods.passkeys}</span>
          </li>
        ) : null}
        {methods.providers.map((provider) => (
          <li key={provider.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <span className="min-w-0">
              <span className="font-medium">{provider.name}</span>
              <span className="ml-2 text-sm text-zinc-600">{provider.connected ? "Connected" : "Not connected"}</span>
            </span>
            {provider.connected ? (
              <Button
                variant="secondary"
                disabled={busy !== null}
                aria-label={`Disconnect ${provider.name}`}
                onClick={() => act(provider.id, disconnectSignInMethodAction)}
              >
                {busy === provider.id ? "Disconnecting…" : "Disconnect"}
              </Button>
            ) : (
              <Button
                variant="secondary"
                disabled={busy !== null}
                aria-label={`Connect ${provider.name}`}
                onClick={() => act(provider.id, connectSignInMethodAction)}
              >
                {busy === provider.id ? "Connecting…" : "Connect"}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {dialog}
    </div>
  );
}
