"use client";

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { reauthenticateAction, reauthenticateWithPasskeyAction } from "@/app/account/actions";
import type { ActionState } from "@/lib/actions/action-state";
import type { ReauthMethods } from "@/lib/auth/reauth-methods";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { OAuthButtons } from "./oauth-buttons";
import { requestPasskeyAssertion } from "./passkey-assertion";

const CANCELLED: ActionState<never> = { ok: false, formError: "Nothing was changed: confirm it's you to go on." };

/**
 * Runs a sensitive server action; when the server answers "re-authenticate" (lib/auth/recent-auth.ts),
 * asks for the password in a dialog and, once it is right, runs the action again. Render `dialog`
 * somewhere in the form's component.
 *
 *   const { run, dialog } = useReauthentication(methods);
 *   const result = await run(() => changeEmailAction(values));
 */
export function useReauthentication(methods: ReauthMethods) {
  const [open, setOpen] = useState(false);
  const settle = useRef<((confirmed: boolean) => void) | null>(null);

  const run = useCallback(async <Data,>(action: () => Promise<ActionState<Data>>): Promise<ActionState<Data>> => {
    const first = await action();
    if (first.ok || first.code !== "reauthentication_required") return first;
    const confirmed = await new Promise<boolean>((resolve) => {
      settle.current = resolve;
      setOpen(true);
    });
    return confirmed ? action() : CANCELLED;
  }, []);

  const finish = useCallback((confirmed: boolean) => {
    setOpen(false);
    settle.current?.(confirmed);
    settle.current = null;
  }, []);

  const dialog = <ReauthenticationDialog open={open} methods={methods} onDone={finish} />;
  return { run, dialog };
}

function ReauthenticationDialog({
  open,
  methods,
  onDone,
}: {
  open: boolean;
  methods: ReauthMethods;
  onDone: (confirmed: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const pathname = usePathname();
  const [error, setError] = useState<string>();
  const [passkeyError, setPasskeyError] = useState<string>();
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(undefined);
      setPasskeyError(undefined);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = String(new FormData(form).get("password") ?? "");
    setPending(true);
    setError(undefined);
    const result = await reauthenticateAction({ password });
    setPending(false);
    if (result.ok) {
      form.reset();
      onDone(true);
      return;
    }
    setError(result.fieldErrors?.password?.[0] ?? result.formError ?? "That didn't work. Try again.");
  }

  async function confirmWithPasskey() {
    setPending(true);
    setPasskeyError(undefined);
    const outcome = await requestPasskeyAssertion();
    if (!("assertion" in outcome)) {
      setPending(false);
      setPasskeyError(outcome.problem || undefined);
      return;
    }
    const result = await reauthenticateWithPasskeyAction({ response: outcome.assertion });
    setPending(false);
    if (result.ok) onDone(true);
    else setPasskeyError(result.formError ?? "That didn't work. Try again.");
  }

  const passkey = methods.passkey ? (
    <div className="flex flex-col gap-2">
      <FormError message={passkeyError} />
      <Button variant="secondary" onClick={confirmWithPasskey} disabled={pending}>
        Use a passkey
      </Button>
    </div>
  ) : null;

  let body: ReactNode;
  if (methods.password) {
    body = (
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <Field label="Your password" name="password" type="password" autoComplete="current-password" required error={error} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => onDone(false)} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Checking…" : "Confirm"}
          </Button>
        </div>
        {passkey}
      </form>
    );
  } else {
    body = (
      <div className="flex flex-col gap-4">
        <FormError message={error} />
        {passkey}
        <OAuthButtons providers={methods.providers} callbackUrl={pathname} divider={false} />
        <Button variant="secondary" onClick={() => onDone(false)} className="self-end">
          Cancel
        </Button>
      </div>
    );
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => open && onDone(false)}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg p-0 shadow-xl backdrop:bg-zinc-900/50"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          Confirm it&apos;s you
        </h2>
        <p className="text-sm text-zinc-700">
          {methods.password
            ? "For your security, enter your password again. You won't be asked again for 10 minutes."
            : "For your security, sign in again with the service you use. Then make the change once more."}
        </p>
        {body}
      </div>
    </dialog>
  );
}
