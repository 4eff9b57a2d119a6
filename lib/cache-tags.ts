/**
 * Cache tags for public pages: reads tag their data (`cacheTag`/fetch tags), and every admin mutation
 * calls `updateTag` (server actions) or `revalidateTag(tag, "max")` (route handlers) for what it changed.
 * Seat availability is never cached.
 */
export const cacheTags = {
  catalog: "catalog",
  movie: (slug: string) => `movie:${slug}`,
  actor: (slug: string) => `actor:${slug}`,
  producer: (slug: string) => `producer:${slug}`,
  category: (slug: string) => `category:${slug}`,
  cinemas: "cinemas",
  cinema: (slug: string) => `cinema:${slug}`,
  showtimes: "showtimes",
} as const;
