"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signUpAction } from "@/app/(auth)/actions";
import { signUpSchema, type SignUpInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { PasswordStrengthMeter } from "./password-strength-meter";

/** `callbackUrl`: where the visitor was going; the verification link brings them back there. */
export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SignUpInput>({ resolver: zodResolver(signUpSchema), mode: "onTouched" });
  const [name, email, password] = useWatch({ control, name: ["name", "email", "password"] });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signUpAction({ ...values, ...(callbackUrl ? { callbackUrl } : {}) });
    if (result.ok) return setSentTo(values.email);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) setError(field as keyof SignUpInput, { message: messages[0] });
    }
    setFormError(result.formError);
  });

  if (sentTo) {
    return (
      <div role="status" className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">Check your email</h2>
        <p className="text-zinc-700">
          We sent a link to <strong>{sentTo}</strong>. Open it to confirm your address and sign in
          {callbackUrl ? " — it brings you back to where you were, on any device" : ""}.
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormError message={formError} />
      <Field label="Name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <Field label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <div className="flex flex-col gap-2">
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters. A few unrelated words make a strong password."
          error={errors.password?.message}
          {...register("password")}
        />
        <PasswordStrengthMeter password={password ?? ""} userInputs={[name ?? "", email ?? ""]} />
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
