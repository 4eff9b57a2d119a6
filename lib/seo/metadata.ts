import type { Metadata } from "next";
import { env } from "@/lib/env";
import { mediaUrl } from "@/lib/media/urls";

/** Absolute URL on our public origin, for canonical links, Open Graph images and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, env.APP_URL).toString();
}

export function posterUrl(posterId: string | null | undefined): string | undefined {
  return posterId ? absoluteUrl(mediaUrl(posterId)) : undefined;
}

/** Keeps descriptions to what search results show, cutting at a word. */
export function summarize(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/**
 * The metadata every public page sets: title, description, canonical URL and the social cards.
 * `image` is an absolute URL (a poster or photo) when the page has one.
 */
export function pageMetadata(args: {
  title: string;
  description: string;
  path: string;
  image?: { url: string; alt: string };
  type?: "website" | "video.movie" | "profile";
  noindex?: boolean;
}): Metadata {
  const url = absoluteUrl(args.path);
  const images = args.image ? [{ url: args.image.url, alt: args.image.alt }] : undefined;
  return {
    title: args.title,
    description: args.description,
    alternates: { canonical: url },
    openGraph: {
      title: args.title,
      description: args.description,
      url,
      siteName: "Marquee",
      type: args.type === "profile" ? "profile" : args.type === "video.movie" ? "video.movie" : "website",
      locale: "en_GB",
      images,
    },
    twitter: {
      card: args.image ? "summary_large_image" : "summary",
      title: args.title,
      description: args.description,
      images: args.image ? [args.image.url] : undefined,
    },
    ...(args.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
