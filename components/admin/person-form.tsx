"use client";

import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { createActorAction, updateActorAction } from "@/app/admin/actors/actions";
import { createProducerAction, updateProducerAction } from "@/app/admin/producers/actions";
import type { AdminActionState } from "@/lib/actions/admin-action";
import { actorSchema, producerSchema } from "@/lib/catalog/schemas";
import { ImageUploadField } from "./image-upload-field";
import { useAdminForm } from "./use-admin-form";

type FactName = "birthDate" | "age" | "company";
type Save = (input: unknown) => Promise<AdminActionState<{ id: string }>>;
type KindOfPerson = {
  noun: string;
  path: string;
  schema: typeof actorSchema | typeof producerSchema;
  create: Save;
  update: Save;
  /** The kind's own fields, between the slug and the biography. */
  facts: { name: FactName; label: string; type?: "date"; inputMode?: "numeric" }[];
};

export type PersonKind = "actor" | "producer";

/** What sets an actor apart from a producer in the admin: its schema, actions, path and own fields. */
const personKinds: Record<PersonKind, KindOfPerson> = {
  actor: {
    noun: "actor",
    path: "/admin/actors",
    schema: actorSchema,
    create: createActorAction,
    update: updateActorAction,
    facts: [{ name: "birthDate", label: "Date of birth", type: "date" }],
  },
  producer: {
    noun: "producer",
    path: "/admin/producers",
    schema: producerSchema,
    create: createProducerAction,
    update: updateProducerAction,
    facts: [
      { name: "age", label: "Age", inputMode: "numeric" },
      { name: "company", label: "Company" },
    ],
  },
};

type Person = { id: string; name: string; slug: string; bio: string; photoId: string | null } & Partial<Record<FactName, string | number | null>>;

// The union of both schemas' inputs; each kind's own schema decides which of the facts it accepts.
type Values = { name: string; slug: string; bio: string; photoId: string | null } & Partial<Record<FactName, string | number>>;

export function PersonForm({ kind, person }: { kind: PersonKind; person?: Person }) {
  const { noun, path, schema, create, update, facts } = personKinds[kind];
  const form = useForm<Values>({
    resolver: zodResolver(schema) as Resolver<Values>,
    mode: "onTouched",
    defaultValues: {
      name: person?.name ?? "",
      slug: person?.slug ?? "",
      bio: person?.bio ?? "",
      photoId: person?.photoId ?? null,
      ...Object.fromEntries(facts.map((fact) => [fact.name, person?.[fact.name] ?? ""])),
    },
  });
  const Noun = `${noun[0].toUpperCase()}${noun.slice(1)}`;
  const { onSubmit, formError, uploads, pendingLabel } = useAdminForm(
    form,
    (values) => (person ? update({ ...values, id: person.id }) : create(values)),
    { successMessage: person ? `${Noun} saved.` : `${Noun} created.`, redirectTo: (saved) => `${path}/${saved.id}` },
  );
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormError message={formError} />
      <Field label="Name" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <Field label="Slug" hint="Part of the public URL. Leave empty to make one from the name." error={errors.slug?.message} {...register("slug")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {facts.map(({ name, ...input }) => (
          <Field key={name} {...input} error={errors[name]?.message} {...register(name)} />
        ))}
      </div>
      <Textarea label="Biography" rows={8} hint="Plain text or Markdown: **bold**, *italic*, [link](https://…), - lists." error={errors.bio?.message} {...register("bio")} />
      <ImageUploadField control={control} name="photoId" label="Photo" uploads={uploads} />
      <div>
        <Button type="submit" disabled={!!pendingLabel}>
          {pendingLabel ?? (person ? `Save ${noun}` : `Create ${noun}`)}
        </Button>
      </div>
    </form>
  );
}
