"use client";

import { useActionState } from "react";
import Link from "next/link";
import { signInAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { ResendVerificationForm } from "./resend-verification-form";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(signInAction, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex flex-col gap-4" noValidate>
        <FormError message={failed?.formError} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="username webauthn"
          required
          defaultValue={failed?.values?.email}
          error={failed?.fieldErrors?.email?.[0]}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={failed?.fieldErrors?.password?.[0]}
        />
        <div className="flex justify-end text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Forgot your password?
          </Link>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {failed?.code === "email_unverified" && failed.values?.email ? (
        <ResendVerificationForm email={failed.values.email} callbackUrl={callbackUrl} />
      ) : null}
    </div>
  );
}
