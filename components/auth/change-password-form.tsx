"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordAction } from "@/app/account/security/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { PasswordStrengthMeter } from "./password-strength-meter";

export function ChangePasswordForm({ name, email }: { name: string; email: string }) {
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const newPassword = useWatch({ control, name: "newPassword" });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setDone(undefined);
    const result = await changePasswordAction(values);
    if (result.ok) {
      reset();
      return setDone(result.message);
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) setError(field as keyof ChangePasswordInput, { message: messages[0] });
    }
    if (!result.fieldErrors) setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError message={formError} />
      {done ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {done}
        </p>
      ) : null}
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <div className="flex flex-col gap-2">
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters."
          error={errors.newPassword?.message}
          {...register("newPassword")}
        />
        <PasswordStrengthMeter password={newPassword ?? ""} userInputs={[name, email]} />
      </div>
      <p className="text-sm text-zinc-600">Changing your password signs out every other device.</p>
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {isSubmitting ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
