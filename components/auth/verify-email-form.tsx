"use client";

import { useActionState } from "react";
import { verifyEmailAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/** A button rather than verifying on page load, so link scanners in mail filters can't spend the token. */
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(verifyEmailAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? "Confirming…" : "Confirm my email"}
      </Button>
    </form>
  );
}
