"use client";

import { useFieldArray, type Control, type UseFormRegister, type FieldErrors } from "react-hook-form";
import type { MovieFormValues } from "./movie-form";
import { PersonSearch } from "./person-search";

/**
 * The cast in billing order: add by searching, type the character, move with Up/Down buttons
 * (real buttons, so it works from the keyboard and for screen readers), remove.
 */
export function CastEditor({
  control,
  register,
  errors,
  names,
  onName,
}: {
  control: Control<MovieFormValues>;
  register: UseFormRegister<MovieFormValues>;
  errors: FieldErrors<MovieFormValues>;
  names: Record<string, string>;
  onName: (id: string, name: string) => void;
}) {
  const { fields, append, remove, swap } = useFieldArray({ control, name: "cast", keyName: "key" });
  const castError = errors.cast?.message ?? errors.cast?.root?.message;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-base font-semibold">Cast</legend>
      {fields.length === 0 ? <p className="text-sm text-zinc-600">No cast yet.</p> : null}
      <ol className="flex flex-col gap-2">
        {fields.map((field, index) => {
          const name = names[field.actorId] ?? "Unknown actor";
          return (
            <li key={field.key} className="flex flex-wrap items-end gap-2 rounded-md border border-zinc-200 bg-white p-2">
              <span className="w-6 pb-2 text-sm font-semibold text-zinc-500" aria-hidden="true">{index + 1}.</span>
              <div className="flex min-w-40 flex-1 flex-col gap-1">
                <label htmlFor={`cast-${field.key}`} className="text-sm font-medium">
                  {name} <span className="font-normal text-zinc-600">plays</span>
                </label>
                <input
                  id={`cast-${field.key}`}
                  placeholder="Character name"
                  className="min-h-10 rounded-md border border-zinc-300 px-3 py-2"
                  {...register(`cast.${index}.characterName`)}
                />
              </div>
              <div className="flex gap-1">
                <button type="button" className="min-h-10 rounded-md border border-zinc-300 px-3 text-sm disabled:text-zinc-300" disabled={index === 0} onClick={() => swap(index, index - 1)} aria-label={`Move ${name} up`}>↑</button>
                <button type="button" className="min-h-10 rounded-md border border-zinc-300 px-3 text-sm disabled:text-zinc-300" disabled={index === fields.length - 1} onClick={() => swap(index, index + 1)} aria-label={`Move ${name} down`}>↓</button>
                <button type="button" className="min-h-10 rounded-md border border-zinc-300 px-3 text-sm text-red-700" onClick={() => remove(index)} aria-label={`Remove ${name} from the cast`}>Remove</button>
              </div>
            </li>
          );
        })}
      </ol>
      <PersonSearch
        kind="actor"
        label="Add an actor to the cast"
        exclude={fields.map((f) => f.actorId)}
        onPick={(person) => {
          onName(person.id, person.name);
          append({ actorId: person.id, characterName: "" });
        }}
      />
      <p aria-live="polite" className="text-sm text-red-700 empty:hidden">{castError}</p>
    </fieldset>
  );
}
