"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateProfileAction } from "@/app/account/actions";
import { profileSchema, type ProfileInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";

export function ProfileForm({ name }: { name: string }) {
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProfileInput>({ resolver: zodResolver(profileSchema), defaultValues: { name } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(undefined);
    const result = await updateProfileAction(values);
    if (result.ok) return setSaved(result.message);
    if (result.fieldErrors?.name?.[0]) setError("name", { message: result.fieldErrors.name[0] });
    setFormError(result.formError);
  });

  return (
    <form onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError message={formError} />
      {saved ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {saved}
        </p>
      ) : null}
      <Field label="Name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <Button type="submit" disabled={isSubmitting} className="self-start">
        {isSubmitting ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
