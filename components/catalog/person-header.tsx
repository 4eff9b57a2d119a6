import Image from "next/image";
import type { ReactNode } from "react";
import { mediaUrl } from "@/lib/media/urls";
import { Paragraphs } from "./paragraphs";

/** Photo, name, facts and biography of an actor or producer. */
export function PersonHeader({
  name,
  photoId,
  facts,
  bio,
}: {
  name: string;
  photoId: string | null;
  facts: ReactNode;
  bio: string;
}) {
  return (
    <div className="grid gap-6 sm:grid-cols-[200px_1fr] lg:gap-10">
      <div className="relative mx-auto aspect-square w-40 overflow-hidden rounded-full bg-zinc-200 shadow ring-1 ring-black/5 sm:w-full">
        {photoId ? (
          <Image src={mediaUrl(photoId)} alt={`Photo of ${name}`} fill sizes="200px" className="object-cover" priority unoptimized />
        ) : (
          <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center text-5xl font-bold text-zinc-500">
            {name.slice(0, 1)}
          </span>
        )}
      </div>
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{name}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">{facts}</dl>
        {bio ? <Paragraphs text={bio} className="max-w-prose text-zinc-800" /> : null}
      </div>
    </div>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="text-zinc-600">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
