"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { createMovieAction, updateMovieAction } from "@/app/admin/movies/actions";
import { movieSchema } from "@/lib/catalog/schemas";
import { CastEditor } from "./cast-editor";
import { CheckboxGroup } from "./checkbox-group";
import { ImageUploadField } from "./image-upload-field";
import { PersonSearch } from "./person-search";
import { useAdminForm } from "./use-admin-form";

export type MovieFormValues = z.input<typeof movieSchema>;

type Option = { id: string; name: string };
export type MovieFormMovie = {
  id: string;
  title: string;
  slug: string;
  synopsis: string;
  releaseDate: string;
  runtimeMinutes: number;
  certificate: string;
  language: string;
  posterId: string | null;
  trailerUrl: string | null;
  genres: Option[];
  categories: Option[];
  producers: Option[];
  cast: { actorId: string; name: string; characterName: string }[];
};

export function MovieForm({ movie, genres, categories }: { movie?: MovieFormMovie; genres: Option[]; categories: Option[] }) {
  const form = useForm<MovieFormValues, unknown, z.output<typeof movieSchema>>({
    resolver: zodResolver(movieSchema),
    mode: "onTouched",
    defaultValues: {
      title: movie?.title ?? "",
      slug: movie?.slug ?? "",
      synopsis: movie?.synopsis ?? "",
      releaseDate: movie?.releaseDate ?? "",
      runtimeMinutes: movie?.runtimeMinutes ?? "",
      certificate: movie?.certificate ?? "",
      language: movie?.language ?? "en",
      posterId: movie?.posterId ?? null,
      trailerUrl: movie?.trailerUrl ?? "",
      genreIds: movie?.genres.map((g) => g.id) ?? [],
      categoryIds: movie?.categories.map((c) => c.id) ?? [],
      producerIds: movie?.producers.map((p) => p.id) ?? [],
      cast: movie?.cast.map((c) => ({ actorId: c.actorId, characterName: c.characterName })) ?? [],
    },
  });
  // Display names of the people picked, keyed by id (the form itself holds only ids).
  const [names, setNames] = useState<Record<string, string>>(() =>
    Object.fromEntries([...(movie?.cast.map((c) => [c.actorId, c.name]) ?? []), ...(movie?.producers.map((p) => [p.id, p.name]) ?? [])]),
  );
  const addName = (id: string, name: string) => setNames((current) => ({ ...current, [id]: name }));
  const { onSubmit, formError, uploads, pendingLabel } = useAdminForm(
    form,
    (values) => (movie ? updateMovieAction({ ...values, id: movie.id }) : createMovieAction(values)),
    { successMessage: movie ? "Movie saved." : "Movie created.", redirectTo: (saved) => `/admin/movies/${saved.id}` },
  );
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <FormError message={formError} />
      <Field label="Title" autoComplete="off" error={errors.title?.message} {...register("title")} />
      <Field label="Slug" hint="Part of the public URL. Leave empty to make one from the title." error={errors.slug?.message} {...register("slug")} />
      <Textarea label="Synopsis" rows={5} error={errors.synopsis?.message} {...register("synopsis")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Release date" type="date" error={errors.releaseDate?.message} {...register("releaseDate")} />
        <Field label="Runtime (minutes)" inputMode="numeric" error={errors.runtimeMinutes?.message} {...register("runtimeMinutes")} />
        <Field label="Certificate" hint="As printed on the poster, e.g. PG, 12A, 15." error={errors.certificate?.message} {...register("certificate")} />
        <Field label="Original language" hint="ISO 639-1 code, e.g. en, fr, ja." error={errors.language?.message} {...register("language")} />
      </div>
      <Field label="Trailer URL" type="url" placeholder="https://…" error={errors.trailerUrl?.message} {...register("trailerUrl")} />
      <ImageUploadField control={control} name="posterId" label="Poster" uploads={uploads} />
      <Controller
        control={control}
        name="genreIds"
        render={({ field, fieldState }) => (
          <CheckboxGroup legend="Genres" options={genres} value={(field.value ?? []) as string[]} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
      <Controller
        control={control}
        name="categoryIds"
        render={({ field, fieldState }) => (
          <CheckboxGroup legend="Categories" options={categories} value={(field.value ?? []) as string[]} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
      <CastEditor control={control} register={register} errors={errors} names={names} onName={addName} />
      <Controller
        control={control}
        name="producerIds"
        render={({ field, fieldState }) => {
          const ids = (field.value ?? []) as string[];
          return (
            <fieldset className="flex flex-col gap-3">
              <legend className="text-base font-semibold">Producers</legend>
              <ul className="flex flex-wrap gap-2">
                {ids.map((id) => (
                  <li key={id} className="inline-flex items-center gap-2 rounded-full border border-zinc-300 bg-white py-1 pr-1 pl-3 text-sm">
                    {names[id] ?? "Unknown producer"}
                    <button type="button" onClick={() => field.onChange(ids.filter((x) => x !== id))} className="rounded-full px-2 text-red-700 hover:bg-red-50" aria-label={`Remove producer ${names[id] ?? ""}`}>
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <PersonSearch
                kind="producer"
                label="Add a producer"
                exclude={ids}
                onPick={(person) => {
                  addName(person.id, person.name);
                  field.onChange([...ids, person.id]);
                }}
              />
              <p aria-live="polite" className="text-sm text-red-700 empty:hidden">{fieldState.error?.message}</p>
            </fieldset>
          );
        }}
      />
      <div>
        <Button type="submit" disabled={!!pendingLabel}>
          {pendingLabel ?? (movie ? "Save movie" : "Create movie")}
        </Button>
      </div>
    </form>
  );
}
