"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { verifySecondFactorAction } from "@/app/(auth)/actions";
import type { ActionState } from "@/lib/actions/action-state";
import { recoveryCodeSchema, totpCodeSchema } from "@/lib/auth/mfa/schemas";
import type { SecondFactor } from "@/lib/auth/mfa/status";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { requestPasskeyAssertion } from "./passkey-assertion";

/** The "sign in again" state: the pending sign-in is gone (expired, used, or never started here). */
export function SecondFactorExpired({ message }: { message?: string }) {
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-3 text-sm text-amber-900">
      <p>{message ?? "This sign-in has expired: the second step must follow the password within 5 minutes."}</p>
      <p>
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Sign in again
        </Link>
      </p>
    </div>
  );
}

const SWITCH_LABELS: Record<SecondFactor, string> = {
  totp: "Use your authenticator app instead",
  passkey: "Use a passkey instead",
  recovery: "Use a recovery code instead",
};

/** Links to the account's other factors. */
function Alternatives({ factors }: { factors: SecondFactor[] }) {
  if (factors.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {factors.map((factor) => (
        <li key={factor}>
          <Link href={`/sign-in/second-factor?method=${factor}`} className="font-medium text-brand-700 hover:underline">
            {SWITCH_LABELS[factor]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The second sign-in step: one of the account's factors, with links to the others. */
export function SecondFactorForm({ method, alternatives }: { method: SecondFactor; alternatives: SecondFactor[] }) {
  if (method === "passkey") return <PasskeyStep alternatives={alternatives} />;
  return <CodeStep method={method} alternatives={alternatives} />;
}

/** The step with a passkey: the browser asks for one of this account's passkeys. */
function PasskeyStep({ alternatives }: { alternatives: SecondFactor[] }) {
  const [problem, setProblem] = useState<string>();
  const [expired, setExpired] = useState<string>();
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    setProblem(undefined);
    const outcome = await requestPasskeyAssertion({ ceremony: "second-factor" });
    const result: ActionState =
      "assertion" in outcome
        ? await verifySecondFactorAction({ method: "passkey", response: outcome.assertion })
        : { ok: false, formError: outcome.problem || undefined, code: outcome.code };
    // A success leaves this page (the action redirects); only a refusal comes back here.
    setPending(false);
    if (result.ok) return;
    if (result.code === "second_factor_expired") return setExpired(result.formError);
    setProblem(result.fieldErrors?.code?.[0] ?? result.formError);
  }

  if (expired) return <SecondFactorExpired message={expired} />;
  return (
    <div className="flex flex-col gap-5">
      <FormError message={problem} />
      <Button onClick={confirm} disabled={pending}>
        {pending ? "Waiting for your passkey…" : "Use your passkey"}
      </Button>
      <Alternatives factors={alternatives} />
    </div>
  );
}

/** The step with a code: from the authenticator app, or one of the recovery codes. */
function CodeStep({ method, alternatives }: { method: "totp" | "recovery"; alternatives: SecondFactor[] }) {
  const [formError, setFormError] = useState<string>();
  const [expired, setExpired] = useState<string>();
  const totp = method === "totp";
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ code: string }>({
    resolver: zodResolver(totp ? totpCodeSchema : recoveryCodeSchema),
    defaultValues: { code: "" },
  });

  // A success leaves this page (the action redirects); only a refusal comes back here.
  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(undefined);
    const result = await verifySecondFactorAction({ method, code });
    if (result.ok) return;
    if (result.code === "second_factor_expired") return setExpired(result.formError);
    const fieldError = result.fieldErrors?.code?.[0];
    if (fieldError) setError("code", { message: fieldError }, { shouldFocus: true });
    else setFormError(result.formError);
  });

  if (expired) return <SecondFactorExpired message={expired} />;
  return (
    <div className="flex flex-col gap-5">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <FormError message={formError} />
        {totp ? (
          <Field
            key="totp"
            label="Authentication code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            hint="The 6-digit code your authenticator app shows for Marquee."
            autoFocus
            error={errors.code?.message}
            {...register("code")}
          />
        ) : (
          <Field
            key="recovery"
            label="Recovery code"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            hint="One of the codes you saved when you turned on two-step verification, like abcde-fghjk. Each works once."
            autoFocus
            error={errors.code?.message}
            {...register("code")}
          />
        )}
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Checking…" : "Verify"}
        </Button>
      </form>
      <Alternatives factors={alternatives} />
    </div>
  );
}
