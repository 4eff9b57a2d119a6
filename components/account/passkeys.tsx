"use client";

import { useState } from "react";
import { startRegistration, WebAuthnError } from "@simplewebauthn/browser";
import {
  addPasskeyAction,
  removePasskeyAction,
  renamePasskeyAction,
  startPasskeyRegistrationAction,
} from "@/app/account/security/passkey-actions";
import type { ActionState } from "@/lib/actions/action-state";
import type { ReauthMethods } from "@/lib/auth/reauth-methods";
import { useReauthentication } from "@/components/auth/reauthentication";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

export type PasskeyRow = { id: string; name: string; added: string; lastUsed: string | null };

const ceremonyProblem = (error: unknown) =>
  error instanceof WebAuthnError && error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED"
    ? "This device already holds a passkey for your account."
    : error instanceof Error && error.name === "NotAllowedError"
      ? "No passkey was made: the request was cancelled or timed out."
      : "This browser couldn't make a passkey here.";

/** The user's passkeys: add one (after confirming it's you), rename, remove. */
export function Passkeys({ passkeys, reauth, suggestedName }: { passkeys: PasskeyRow[]; reauth: ReauthMethods; suggestedName: string }) {
  const { run, dialog } = useReauthentication(reauth);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionState | null>(null);
  const [nameError, setNameError] = useState<string>();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  async function add(form: HTMLFormElement) {
    const name = String(new FormData(form).get("name") ?? "");
    setBusy(true);
    setResult(null);
    setNameError(undefined);
    const options = await run(() => startPasskeyRegistrationAction(undefined));
    let added: ActionState<{ recoveryCodes: string[] | null }>;
    if (!options.ok) {
      added = options;
    } else if (!options.data) {
      added = { ok: false, formError: "Passkeys aren't available right now. Try again." };
    } else {
      try {
        const response = await startRegistration({ optionsJSON: options.data });
        added = await addPasskeyAction({ name, response });
      } catch (error) {
        added = { ok: false, formError: ceremonyProblem(error) };
      }
    }
    setBusy(false);
    setNameError(added.ok ? undefined : added.fieldErrors?.name?.[0]);
    setResult(added.ok ? { ok: true, message: added.message } : added);
    if (added.ok) {
      form.reset();
      setRecoveryCodes(added.data?.recoveryCodes ?? null);
    }
  }

  async function rename(form: HTMLFormElement, id: string) {
    setBusy(true);
    const renamed = await renamePasskeyAction({ id, name: String(new FormData(form).get("name") ?? "") });
    setBusy(false);
    setResult(renamed);
    if (renamed.ok) setRenaming(null);
  }

  async function remove(id: string) {
    setBusy(true);
    setResult(null);
    setResult(await run(() => removePasskeyAction({ id })));
    setBusy(false);
  }

  if (recoveryCodes) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Passkey added, and two-step verification is on: after your password, sign-in now asks for a passkey. Save these
          recovery codes for the day you can&apos;t use it.
        </p>
        <RecoveryCodesPanel codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <FormError message={result && !result.ok && !result.fieldErrors?.name ? result.formError : undefined} />
      {result?.ok && result.message ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {result.message}
        </p>
      ) : null}
      {passkeys.length > 0 ? (
        <ul className="flex flex-col divide-y divide-zinc-200" aria-label="Your passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-col gap-3 py-3">
              {renaming === passkey.id ? (
                <form
                  className="flex flex-wrap items-end gap-2"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void rename(event.currentTarget, passkey.id);
                  }}
                >
                  <Field label="New name" name="name" defaultValue={passkey.name} maxLength={60} required className="min-w-0 flex-1" />
                  <Button type="submit" disabled={busy}>
                    Save name
                  </Button>
                  <Button variant="secondary" onClick={() => setRenaming(null)}>
                    Cancel
                  </Button>
                </form>
              ) : (
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0">
                    <p className="break-words font-medium">{passkey.name}</p>
                    <p className="text-sm text-zinc-600">
                      Added {passkey.added} · {passkey.lastUsed ? `last used ${passkey.lastUsed}` : "not used yet"}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <Button variant="secondary" disabled={busy} aria-label={`Rename ${passkey.name}`} onClick={() => setRenaming(passkey.id)}>
                      Rename
                    </Button>
                    <Button variant="secondary" disabled={busy} aria-label={`Remove ${passkey.name}`} onClick={() => remove(passkey.id)}>
                      Remove
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="max-w-prose text-zinc-700">
          A passkey signs you in with your fingerprint, face or device PIN instead of a password, and can&apos;t be phished.
        </p>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void add(event.currentTarget);
        }}
      >
        <Field
          label="Name for a new passkey"
          name="name"
          defaultValue={suggestedName}
          maxLength={60}
          required
          error={nameError}
          className="min-w-0 flex-1 sm:max-w-xs"
        />
        <Button type="submit" disabled={busy}>
          {busy ? "Waiting for your device…" : "Add a passkey"}
        </Button>
      </form>
      {dialog}
    </div>
  );
}
