"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { createCategoryAction, updateCategoryAction } from "@/app/admin/categories/actions";
import { categorySchema } from "@/lib/catalog/schemas";
import { useAdminForm } from "./use-admin-form";

type Values = z.input<typeof categorySchema>;

export function CategoryForm({ category }: { category?: { id: string; name: string; slug: string; description: string } }) {
  const form = useForm<Values, unknown, z.output<typeof categorySchema>>({
    resolver: zodResolver(categorySchema),
    mode: "onTouched",
    defaultValues: { name: category?.name ?? "", slug: category?.slug ?? "", description: category?.description ?? "" },
  });
  const { onSubmit, formError } = useAdminForm(
    form,
    (values) => (category ? updateCategoryAction({ ...values, id: category.id }) : createCategoryAction(values)),
    { successMessage: category ? "Category saved." : "Category created.", redirectTo: (saved) => `/admin/categories/${saved.id}` },
  );
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormError message={formError} />
      <Field label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <Field label="Slug" hint="Part of the public URL. Leave empty to make one from the name." error={errors.slug?.message} {...register("slug")} />
      <Textarea label="Description" rows={4} error={errors.description?.message} {...register("description")} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : category ? "Save category" : "Create category"}
        </Button>
      </div>
    </form>
  );
}
