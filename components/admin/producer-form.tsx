"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { createProducerAction, updateProducerAction } from "@/app/admin/producers/actions";
import { producerSchema } from "@/lib/catalog/schemas";
import { ImageUploadField } from "./image-upload-field";
import { useAdminForm } from "./use-admin-form";

type Values = z.input<typeof producerSchema>;
type Producer = { id: string; name: string; slug: string; age: number | null; company: string; bio: string; photoId: string | null };

export function ProducerForm({ producer }: { producer?: Producer }) {
  const form = useForm<Values, unknown, z.output<typeof producerSchema>>({
    resolver: zodResolver(producerSchema),
    mode: "onTouched",
    defaultValues: {
      name: producer?.name ?? "",
      slug: producer?.slug ?? "",
      age: producer?.age ?? "",
      company: producer?.company ?? "",
      bio: producer?.bio ?? "",
      photoId: producer?.photoId ?? null,
    },
  });
  const { onSubmit, formError } = useAdminForm(
    form,
    (values) => (producer ? updateProducerAction({ ...values, id: producer.id }) : createProducerAction(values)),
    { successMessage: producer ? "Producer saved." : "Producer created.", redirectTo: (saved) => `/admin/producers/${saved.id}` },
  );
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormError message={formError} />
      <Field label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <Field label="Slug" hint="Part of the public URL. Leave empty to make one from the name." error={errors.slug?.message} {...register("slug")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Age" inputMode="numeric" error={errors.age?.message} {...register("age")} />
        <Field label="Company" error={errors.company?.message} {...register("company")} />
      </div>
      <Textarea label="Biography" rows={6} hint="Plain text or Markdown: **bold**, *italic*, [link](https://…), - lists." error={errors.bio?.message} {...register("bio")} />
      <Controller
        control={control}
        name="photoId"
        render={({ field, fieldState }) => (
          <ImageUploadField label="Photo" value={field.value as string | null} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : producer ? "Save producer" : "Create producer"}
        </Button>
      </div>
    </form>
  );
}
