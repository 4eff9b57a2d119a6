import Image from "next/image";
import { mediaUrl } from "@/lib/media/urls";

/** A poster or a titled placeholder when the movie has none, at 2:3. */
export function Poster({
  posterId,
  title,
  sizes,
  priority = false,
  className = "",
}: {
  posterId: string | null;
  title: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <div className={`relative aspect-[2/3] overflow-hidden rounded-lg bg-zinc-800 shadow-md ring-1 ring-black/10 ${className}`}>
      {posterId ? (
        <Image
          src={mediaUrl(posterId)}
          alt={`Poster for ${title}`}
          fill
          sizes={sizes}
          className="object-cover"
          priority={priority}
          unoptimized
        />
      ) : (
        <span className="absolute inset-0 flex items-center justify-center p-3 text-center text-sm font-semibold text-zinc-100">
          {title}
        </span>
      )}
    </div>
  );
}
