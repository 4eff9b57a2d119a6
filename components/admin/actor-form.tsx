"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { createActorAction, updateActorAction } from "@/app/admin/actors/actions";
import { actorSchema } from "@/lib/catalog/schemas";
import { ImageUploadField } from "./image-upload-field";
import { useAdminForm } from "./use-admin-form";

type Values = z.input<typeof actorSchema>;

export function ActorForm({ actor }: { actor?: { id: string; name: string; slug: string; birthDate: string | null; bio: string; photoId: string | null } }) {
  const form = useForm<Values, unknown, z.output<typeof actorSchema>>({
    resolver: zodResolver(actorSchema),
    mode: "onTouched",
    defaultValues: {
      name: actor?.name ?? "",
      slug: actor?.slug ?? "",
      birthDate: actor?.birthDate ?? "",
      bio: actor?.bio ?? "",
      photoId: actor?.photoId ?? null,
    },
  });
  const { onSubmit, formError } = useAdminForm(
    form,
    (values) => (actor ? updateActorAction({ ...values, id: actor.id }) : createActorAction(values)),
    { successMessage: actor ? "Actor saved." : "Actor created.", redirectTo: (saved) => `/admin/actors/${saved.id}` },
  );
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormError message={formError} />
      <Field label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <Field label="Slug" hint="Part of the public URL. Leave empty to make one from the name." error={errors.slug?.message} {...register("slug")} />
      <Field label="Date of birth" type="date" error={errors.birthDate?.message} {...register("birthDate")} />
      <Textarea label="Biography" rows={8} hint="Plain text or Markdown: **bold**, *italic*, [link](https://…), - lists." error={errors.bio?.message} {...register("bio")} />
      <Controller
        control={control}
        name="photoId"
        render={({ field, fieldState }) => (
          <ImageUploadField label="Photo" value={field.value as string | null} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : actor ? "Save actor" : "Create actor"}
        </Button>
      </div>
    </form>
  );
}
