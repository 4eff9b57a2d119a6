"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { requestEmailChangeAction } from "@/app/account/actions";
import { emailChangeSchema, type EmailChangeInput } from "@/lib/auth/schemas";
import type { ReauthMethods } from "@/lib/auth/reauth-methods";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useReauthentication } from "./reauthentication";

export function EmailChangeForm({ reauth }: { reauth: ReauthMethods }) {
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const { run, dialog } = useReauthentication(reauth);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<EmailChangeInput>({ resolver: zodResolver(emailChangeSchema), defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setSent(undefined);
    const result = await run(() => requestEmailChangeAction(values));
    if (result.ok) {
      reset();
      return setSent(result.message);
    }
    if (result.fieldErrors?.email?.[0]) return setError("email", { message: result.fieldErrors.email[0] });
    setFormError(result.formError);
  });

  // The dialog has a form of its own, so it sits beside this one, never inside.
  return (
    <>
    <form onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError message={formError} />
      {sent ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {sent}
        </p>
      ) : null}
      <Field
        label="New email address"
        type="email"
        autoComplete="email"
        hint="We'll send a link to it; your address changes only when you open it."
        error={errors.email?.message}
        {...register("email")}
      />
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {isSubmitting ? "Sending…" : "Change email"}
      </Button>
    </form>
    {dialog}
    </>
  );
}
