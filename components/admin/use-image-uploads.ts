"use client";

import { useMemo, useRef, useState } from "react";
import { IMAGE_TOO_LARGE, MAX_UPLOAD_BYTES } from "@/lib/media/image-type";

/**
 * The image uploads of one admin form, kept where the form's Save can see them. An image field
 * uploads its file as soon as it is chosen; Save then waits for uploads still in flight and stops at
 * a refused file, so a chosen poster or photo is never silently dropped. useAdminForm owns one of
 * these per form and hands it to every ImageUploadField of that form.
 */
export type ImageUploadStatus = { uploading: boolean; error?: string };

export type RefusedUpload = { name: string; label: string; error: string };

export type ImageUploads = {
  /** What the field named `name` shows: an upload in flight, or why its chosen file was refused. */
  status(name: string): ImageUploadStatus;
  /** Uploads `file` for the field; `onUploaded` gets the stored image's id unless a later choice replaced this one. */
  upload(name: string, label: string, file: File, onUploaded: (id: string) => void): void;
  /** Forgets the field's chosen file (in flight or refused): the form then saves without it. */
  discard(name: string): void;
  /** The label of an image still uploading, if any ("Poster"). */
  uploadingLabel: string | undefined;
  /** Waits until no upload is in flight, then names the first field whose chosen file was refused. */
  settle(): Promise<RefusedUpload | undefined>;
};

type Entry = { label: string; attempt: number; pending?: Promise<void>; error?: string };

const idle: ImageUploadStatus = { uploading: false };

export function useImageUploads(): ImageUploads {
  // The map is the truth the async Save reads; `statuses` mirrors it for rendering.
  const entries = useRef(new Map<string, Entry>());
  const [statuses, setStatuses] = useState<Record<string, ImageUploadStatus & { label: string }>>({});

  return useMemo(() => {
    const put = (name: string, entry: Entry) => {
      entries.current.set(name, entry);
      setStatuses((current) => ({ ...current, [name]: { label: entry.label, uploading: !!entry.pending, error: entry.error } }));
    };
    const nextAttempt = (name: string) => (entries.current.get(name)?.attempt ?? 0) + 1;

    return {
      status: (name) => statuses[name] ?? idle,
      upload(name, label, file, onUploaded) {
        const attempt = nextAttempt(name);
        if (file.size > MAX_UPLOAD_BYTES) {
          put(name, { label, attempt, error: IMAGE_TOO_LARGE });
          return;
        }
        const pending = postImage(file).then((result) => {
          // A later choice (or discarding this one) wins over a slow earlier upload.
          if (entries.current.get(name)?.attempt !== attempt) return;
          if ("id" in result) onUploaded(result.id);
          put(name, { label, attempt, error: "error" in result ? result.error : undefined });
        });
        put(name, { label, attempt, pending });
      },
      discard(name) {
        const entry = entries.current.get(name);
        if (entry) put(name, { label: entry.label, attempt: entry.attempt + 1 });
      },
      uploadingLabel: Object.values(statuses).find((status) => status.uploading)?.label,
      async settle() {
        // Loop: the admin may choose another file while Save is waiting for the first.
        for (;;) {
          const pending = [...entries.current.values()].flatMap((entry) => (entry.pending ? [entry.pending] : []));
          if (pending.length === 0) break;
          // A finished upload replaces its entry with one that has no `pending`.
          await Promise.all(pending);
        }
        for (const [name, entry] of entries.current) {
          if (entry.error) return { name, label: entry.label, error: entry.error };
        }
        return undefined;
      },
    };
  }, [statuses]);
}

/** Sends one file to /admin/uploads; the server checks its content and answers an id or a reason. */
async function postImage(file: File): Promise<{ id: string } | { error: string }> {
  try {
    const body = new FormData();
    body.set("file", file);
    const response = await fetch("/admin/uploads", { method: "POST", body });
    const result = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
    if (response.ok && result.id) return { id: result.id };
    return { error: result.error ?? "The upload failed. Try again." };
  } catch {
    return { error: "The upload failed. Check your connection and try again." };
  }
}
