import { z } from "zod";

/** `?page=&pageSize=` of every list; a size past 100 is refused, not silently capped. */
export const pageQuery = z.object({
  page: z.coerce.number().int("Use a whole page number.").min(1, "Pages start at 1.").max(10_000).default(1),
  pageSize: z.coerce.number().int("Use a whole number.").min(1, "Ask for at least 1 item.").max(100, "Ask for at most 100 items per page.").default(20),
});
export type PageQuery = z.output<typeof pageQuery>;

/** The envelope of every list: one page of items and the total across all pages. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ data: z.array(item), page: z.int(), pageSize: z.int(), total: z.int() });
}

/** Slices an in-memory list (lists the domain already returns whole, which are small). */
export function paginate<T>(items: T[], { page, pageSize }: PageQuery) {
  return { data: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}
