/**
 * The admin list pattern's URL state: search text, sort column and direction, page, filters. Every
 * admin list parses its searchParams with this, so a shared or reloaded URL shows the same rows.
 * Pagination is an offset over an indexed sort column (25 rows a page): fast enough at 100,000 rows
 * for an admin who pages from the start or narrows with search and filters.
 */
export const PAGE_SIZE = 25;
const MAX_PAGE = 4000;
const MAX_SEARCH = 100;

export type SearchParams = Record<string, string | string[] | undefined>;

export type ListParams<Sort extends string> = {
  q: string;
  sort: Sort;
  dir: "asc" | "desc";
  page: number;
  filters: Record<string, string>;
  /** Rows a page; the admin pages use PAGE_SIZE, the JSON API lets its client choose (up to 100). */
  pageSize?: number;
};

export type ListPage<Row> = { rows: Row[]; total: number; page: number; pageCount: number };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function parseListParams<Sort extends string>(
  params: SearchParams,
  options: { sorts: readonly Sort[]; defaultSort: Sort; defaultDir?: "asc" | "desc"; filters?: readonly string[] },
): ListParams<Sort> {
  const sortValue = first(params.sort);
  const sort = (options.sorts as readonly string[]).includes(sortValue) ? (sortValue as Sort) : options.defaultSort;
  const dirValue = first(params.dir);
  const dir = dirValue === "asc" || dirValue === "desc" ? dirValue : (options.defaultDir ?? "asc");
  const pageNumber = Number.parseInt(first(params.page), 10);
  const page = Number.isFinite(pageNumber) ? Math.min(Math.max(pageNumber, 1), MAX_PAGE) : 1;
  const filters: Record<string, string> = {};
  for (const name of options.filters ?? []) {
    const value = first(params[name]).slice(0, MAX_SEARCH);
    if (value) filters[name] = value;
  }
  return { q: first(params.q).trim().slice(0, MAX_SEARCH), sort, dir, page, filters };
}

export function offsetOf(page: number, pageSize = PAGE_SIZE) {
  return (page - 1) * pageSize;
}

export function toListPage<Row>(rows: Row[], total: number, page: number, pageSize = PAGE_SIZE): ListPage<Row> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The URL of the same list with some parameters changed (empty values dropped, page reset unless given). */
export function listHref(path: string, current: ListParams<string>, changes: Record<string, string | number | undefined>) {
  const merged: Record<string, string | number | undefined> = {
    q: current.q,
    sort: current.sort,
    dir: current.dir,
    ...current.filters,
    page: undefined,
    ...changes,
  };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
