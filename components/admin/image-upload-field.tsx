"use client";

import { useId, useRef } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { mediaUrl } from "@/lib/media/urls";
import type { ImageUploads } from "./use-image-uploads";

/**
 * An image field of an admin form: uploads the chosen file at once (to /admin/uploads, checked by
 * content on the server) and keeps only the stored image's id in the form. The upload's progress
 * and refusal live in the form's `uploads` (from useAdminForm), so Save waits for it and stops at a
 * refused file; "Clear chosen file" is how an admin saves without it on purpose.
 */
export function ImageUploadField<Values extends FieldValues, Output>({
  control,
  name,
  label,
  uploads,
}: {
  control: Control<Values, unknown, Output>;
  /** A field holding an upload id or null (its zod input type is `unknown`, so the path is not narrowed). */
  name: Path<Values>;
  label: string;
  uploads: ImageUploads;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement | null>(null);
  const { field, fieldState } = useController({ control, name });
  const value = field.value as string | null | undefined;
  const { uploading, error: refusal } = uploads.status(name);
  const shownError = refusal ?? fieldState.error?.message;

  const forgetChosenFile = () => {
    uploads.discard(name);
    if (fileInput.current) fileInput.current.value = "";
  };
  const choose = (file: File | undefined) => {
    if (file) uploads.upload(name, label, file, field.onChange);
    else forgetChosenFile();
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        {value ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview of a just-uploaded image
          <img src={mediaUrl(value)} alt={`Current ${label.toLowerCase()}`} className="h-24 w-16 rounded border border-zinc-200 object-cover" />
        ) : (
          <div className="flex h-24 w-16 items-center justify-center rounded border border-dashed border-zinc-300 text-xs text-zinc-500">None</div>
        )}
        <div className="flex min-w-0 flex-col gap-1">
          <input
            id={id}
            ref={(element) => {
              fileInput.current = element;
              // Lets the form focus this input when Save stops at a refused file.
              field.ref(element);
            }}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            aria-invalid={shownError ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(event) => choose(event.target.files?.[0])}
            onBlur={field.onBlur}
            className="max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold"
          />
          <p id={`${id}-hint`} aria-live="polite" className="text-sm text-zinc-600">
            {uploading ? `Uploading ${label.toLowerCase()}…` : "JPEG, PNG, WebP or AVIF, up to 5 MB."}
          </p>
          <div className="flex flex-wrap gap-x-4 gap-y-1 empty:hidden">
            {refusal ? (
              <button type="button" onClick={forgetChosenFile} className="text-sm font-medium text-brand-700 hover:underline">
                Clear chosen file
              </button>
            ) : null}
            {value ? (
              <button
                type="button"
                onClick={() => {
                  forgetChosenFile();
                  field.onChange(null);
                }}
                className="text-sm font-medium text-red-700 hover:underline"
              >
                Remove image
              </button>
            ) : null}
          </div>
        </div>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {shownError}
      </p>
    </div>
  );
}
