"use client";

import { useId, useState } from "react";
import { mediaUrl } from "@/lib/media/urls";

/**
 * Uploads the chosen image at once (to /admin/uploads, checked by content on the server) and keeps
 * only its id in the form. A refused file shows its reason as this field's error.
 */
export function ImageUploadField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const id = useId();
  const [uploadError, setUploadError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const shownError = uploadError ?? error;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(undefined);
    setUploading(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/admin/uploads", { method: "POST", body });
      const result = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
      if (!response.ok || !result.id) setUploadError(result.error ?? "The upload failed. Try again.");
      else onChange(result.id);
    } catch {
      setUploadError("The upload failed. Check your connection and try again.");
    } finally {
      setUploading(false);
    }
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
        <div className="flex flex-col gap-1">
          <input
            id={id}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            aria-invalid={shownError ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(event) => void upload(event.target.files?.[0])}
            className="text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold"
          />
          <p id={`${id}-hint`} className="text-sm text-zinc-600">
            {uploading ? "Uploading…" : "JPEG, PNG, WebP or AVIF, up to 5 MB."}
          </p>
          {value ? (
            <button type="button" onClick={() => onChange(null)} className="self-start text-sm font-medium text-red-700 hover:underline">
              Remove image
            </button>
          ) : null}
        </div>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {shownError}
      </p>
    </div>
  );
}
