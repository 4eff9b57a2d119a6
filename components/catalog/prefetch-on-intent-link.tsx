"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that prefetches its page when the pointer or focus reaches it, not when it scrolls into view.
 * For grids of movie cards: each card's page is cached (ADR 021), but a page past its 15 s is rendered
 * again when asked for, so prefetching every visible card cost a page visit three times its own CPU.
 */
export function PrefetchOnIntentLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return <Link href={href} prefetch={false} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch} {...props} />;
}
