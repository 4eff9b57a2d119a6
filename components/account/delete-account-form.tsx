"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { deleteAccountAction } from "@/app/account/actions";
import { deleteAccountSchema, type DeleteAccountInput } from "@/lib/auth/schemas";
import type { ReauthMethods } from "@/lib/auth/reauth-methods";
import { useReauthentication } from "@/components/auth/reauthentication";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";

export function DeleteAccountForm({ email, reauth }: { email: string; reauth: ReauthMethods }) {
  const [formError, setFormError] = useState<string>();
  const { run, dialog } = useReauthentication(reauth);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DeleteAccountInput>({ resolver: zodResolver(deleteAccountSchema), defaultValues: { confirmEmail: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    if (values.confirmEmail.toLowerCase() !== email.toLowerCase()) {
      return setError("confirmEmail", { message: "Type your email address exactly as shown to confirm." });
    }
    // On success the action signs out and redirects; only a refusal comes back.
    const result = await run(() => deleteAccountAction(values));
    if (result.ok) return;
    if (result.fieldErrors?.confirmEmail?.[0]) return setError("confirmEmail", { message: result.fieldErrors.confirmEmail[0] });
    setFormError(result.formError);
  });

  // The re-authentication dialog has a form of its own, so it sits beside this one, never inside.
  return (
    <>
      <form onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
        <FormError message={formError} />
        <Field
          label="Type your email address to confirm"
          autoComplete="off"
          spellCheck={false}
          error={errors.confirmEmail?.message}
          {...register("confirmEmail")}
        />
        <Button type="submit" variant="danger" disabled={isSubmitting} className="self-start">
          {isSubmitting ? "Deleting…" : "Delete my account"}
        </Button>
      </form>
      {dialog}
    </>
  );
}
