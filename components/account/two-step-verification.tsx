"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  confirmAuthenticatorAction,
  removeAuthenticatorAction,
  replaceRecoveryCodesAction,
  startAuthenticatorAction,
} from "@/app/account/security/actions";
import { useReauthentication } from "@/components/auth/reauthentication";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { ReauthMethods } from "@/lib/auth/reauth-methods";
import { totpCodeSchema } from "@/lib/auth/mfa/schemas";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

export type TwoStepStatus = {
  enabled: boolean;
  /** When the authenticator app was turned on, formatted for the viewer; null without one. */
  totpSince: string | null;
  /** Passkeys count as a second step too (they are listed and managed in their own section). */
  passkeys: number;
  recoveryCodesLeft: number;
};

type Enrolment = { secret: string; qrSvg: string };

/** The secret as authenticator apps print it: groups of four. */
function groupsOfFour(secret: string) {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

function factorSummary({ totpSince, passkeys }: TwoStepStatus) {
  const parts = [
    totpSince ? `authenticator app since ${totpSince}` : null,
    passkeys > 0 ? `${passkeys} ${passkeys === 1 ? "passkey" : "passkeys"}` : null,
  ].filter(Boolean);
  return parts.join(" and ");
}

/** Two-step verification on /account/security: set up, confirm, see the recovery codes once, remove. */
export function TwoStepVerification({ status, reauth }: { status: TwoStepStatus; reauth: ReauthMethods }) {
  const router = useRouter();
  const { run, dialog } = useReauthentication(reauth);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState<"start" | "remove" | "codes" | null>(null);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  async function start() {
    setBusy("start");
    setError(undefined);
    setNotice(undefined);
    const result = await startAuthenticatorAction({});
    setBusy(null);
    if (result.ok && result.data) setEnrolment(result.data);
    else if (!result.ok) setError(result.formError);
  }

  async function remove() {
    setBusy("remove");
    setError(undefined);
    const result = await run(() => removeAuthenticatorAction({}));
    setBusy(null);
    if (result.ok) {
      setNotice(result.message);
      router.refresh();
    } else setError(result.formError);
  }

  async function replaceCodes() {
    setBusy("codes");
    setError(undefined);
    setNotice(undefined);
    const result = await run(() => replaceRecoveryCodesAction({}));
    setBusy(null);
    if (result.ok && result.data) setCodes(result.data.recoveryCodes);
    else if (!result.ok) setError(result.formError);
  }

  if (codes) {
    return (
      <RecoveryCodesPanel
        codes={codes}
        onDone={() => {
          setCodes(null);
          router.refresh();
        }}
      />
    );
  }

  if (enrolment) {
    return (
      <ConfirmAuthenticator
        enrolment={enrolment}
        onCancel={() => setEnrolment(null)}
        onConfirmed={(recoveryCodes, message) => {
          setEnrolment(null);
          setNotice(message);
          if (recoveryCodes) setCodes(recoveryCodes);
          else router.refresh();
        }}
      />
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <FormError message={error} />
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      {status.enabled ? (
        <>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-zinc-800">Status</dt>
            <dd className="text-zinc-700">
              <span className="font-semibold text-green-800">On</span> — {factorSummary(status)}
            </dd>
            <dt className="font-medium text-zinc-800">Recovery codes</dt>
            <dd className={status.recoveryCodesLeft <= 3 ? "font-medium text-amber-800" : "text-zinc-700"}>
              {status.recoveryCodesLeft} of 10 left
              {status.recoveryCodesLeft <= 3 ? ": make new ones soon." : ""}
            </dd>
          </dl>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={busy !== null} onClick={replaceCodes}>
              {busy === "codes" ? "Making codes…" : "Make new recovery codes"}
            </Button>
            {status.totpSince ? (
              <Button variant="secondary" disabled={busy !== null} onClick={remove}>
                {busy === "remove" ? "Removing…" : "Remove authenticator app"}
              </Button>
            ) : (
              <Button variant="secondary" disabled={busy !== null} onClick={start}>
                {busy === "start" ? "Preparing…" : "Set up an authenticator app"}
              </Button>
            )}
          </div>
        </>
      ) : (
        <>
          <p className="max-w-prose text-sm text-zinc-700">
            Protect your account with a second step at sign-in: a 6-digit code from an authenticator app on your phone
            (such as Google Authenticator, Microsoft Authenticator, 1Password or Aegis), as well as your password. A
            passkey (below) works as the second step too.
          </p>
          <div>
            <Button disabled={busy !== null} onClick={start}>
              {busy === "start" ? "Preparing…" : "Set up an authenticator app"}
            </Button>
          </div>
        </>
      )}
      {dialog}
    </div>
  );
}

function ConfirmAuthenticator({
  enrolment,
  onCancel,
  onConfirmed,
}: {
  enrolment: Enrolment;
  onCancel: () => void;
  onConfirmed: (recoveryCodes: string[] | null, message?: string) => void;
}) {
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ code: string }>({ resolver: zodResolver(totpCodeSchema), defaultValues: { code: "" } });

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(undefined);
    const result = await confirmAuthenticatorAction({ code });
    if (result.ok) return onConfirmed(result.data?.recoveryCodes ?? null, result.message);
    const fieldError = result.fieldErrors?.code?.[0];
    if (fieldError) setError("code", { message: fieldError }, { shouldFocus: true });
    else setFormError(result.formError);
  });

  return (
    <div className="flex flex-col gap-5">
      <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm text-zinc-700">
        <li>Open your authenticator app and add an account.</li>
        <li>Scan this QR code, or type the setup key.</li>
        <li>Enter the 6-digit code the app shows, to turn two-step verification on.</li>
      </ol>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL made on our server */}
        <img
          src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`}
          alt="QR code to scan with your authenticator app"
          width={176}
          height={176}
          className="h-44 w-44 shrink-0 self-center rounded-md border border-zinc-200 bg-white p-1 sm:self-start"
        />
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-sm font-medium text-zinc-800">Can&apos;t scan? Type this setup key:</p>
          {/* A named group (ARIA forbids naming a bare <code>), so assistive tech and tests find it by "Setup key". */}
          <div role="group" aria-label="Setup key" className="rounded-md bg-zinc-100 px-3 py-2">
            <code className="break-words font-mono text-base tracking-wider text-zinc-900 select-all">{groupsOfFour(enrolment.secret)}</code>
          </div>
          <p className="text-sm text-zinc-600">Time-based, 6 digits, every 30 seconds.</p>
        </div>
      </div>
      <form onSubmit={onSubmit} className="flex max-w-sm flex-col gap-4" noValidate>
        <FormError message={formError} />
        <Field
          label="Code from the app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          error={errors.code?.message}
          {...register("code")}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Checking…" : "Turn on"}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
