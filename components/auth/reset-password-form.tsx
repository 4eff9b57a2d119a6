"use client";

import { useActionState, useState } from "react";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { PasswordStrengthMeter } from "./password-strength-meter";

/** A button rather than acting on page load, so link scanners in mail filters can't spend the token. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const [password, setPassword] = useState("");
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormError message={failed?.formError} />
      <input type="hidden" name="token" value={token} />
      <div className="flex flex-col gap-2">
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 12 characters. A few unrelated words make a strong password."
          error={failed?.fieldErrors?.password?.[0]}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <PasswordStrengthMeter password={password} userInputs={[]} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
