import { z } from "zod";

/**
 * The URL state of the public listings (`/movies`, a movie's showtimes, the home page's city).
 * Query strings come from anyone — crawlers, old links, attackers — so every value is parsed on its
 * own and a bad one is dropped rather than failing the page: junk, SQL or 10 KB values just mean
 * "no such filter". Lengths are capped before anything reaches a query.
 */

export type RawSearchParams = Record<string, string | string[] | undefined>;

export const accessibilityFlags = ["ad", "oc", "cc", "relaxed"] as const;
export type AccessibilityFlag = (typeof accessibilityFlags)[number];

export const accessibilityFlagLabels: Record<AccessibilityFlag, string> = {
  ad: "Audio description",
  oc: "Open captions",
  cc: "Closed captions",
  relaxed: "Relaxed screening",
};

export const movieSorts = ["newest", "oldest", "title"] as const;
export type MovieSort = (typeof movieSorts)[number];

export const MAX_QUERY_LENGTH = 100;
export const MOVIES_PAGE_SIZE = 24;
const MAX_PAGE = 1000;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
const languageCode = z.string().regex(/^[a-z]{2}$/);
const formatCode = z
  .string()
  .max(16)
  .regex(/^[A-Za-z0-9-]+$/)
  .transform((value) => value.toUpperCase());
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

/** The first value of a parameter given once or several times; arrays are what repeated keys give. */
function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined || single === "" ? undefined : single;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).slice(0, 10);
}

function parseWith<T>(schema: z.ZodType<T>, value: string | string[] | undefined): T | undefined {
  const candidate = first(value);
  if (candidate === undefined) return undefined;
  const parsed = schema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** Free-text search: control characters removed, whitespace collapsed, capped. */
export function parseSearchText(value: string | string[] | undefined): string | undefined {
  const candidate = first(value);
  if (candidate === undefined) return undefined;
  const cleaned = candidate
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  return cleaned === "" ? undefined : cleaned;
}

/** Showtime attribute filters, shared by `/movies` and a movie's own showtime list. */
export type ShowtimeFilters = {
  format?: string;
  language?: string;
  /** "any" for any subtitles, or the subtitle language. */
  subtitles?: "any" | string;
  access: AccessibilityFlag[];
};

export function parseShowtimeFilters(params: RawSearchParams): ShowtimeFilters {
  const subs = first(params.subs);
  const access = all(params.access).filter((flag): flag is AccessibilityFlag =>
    (accessibilityFlags as readonly string[]).includes(flag),
  );
  return {
    format: parseWith(formatCode, params.format),
    language: parseWith(languageCode, params.lang),
    subtitles: subs === "any" ? "any" : parseWith(languageCode, subs),
    access: [...new Set(access)],
  };
}

export type MovieListParams = ShowtimeFilters & {
  q?: string;
  genre?: string;
  category?: string;
  cinema?: string;
  date?: string;
  sort: MovieSort;
  page: number;
};

export function parseMovieListParams(params: RawSearchParams): MovieListParams {
  const page = parseWith(z.coerce.number().int().min(1).max(MAX_PAGE), params.page) ?? 1;
  return {
    q: parseSearchText(params.q),
    genre: parseWith(slug, params.genre),
    category: parseWith(slug, params.category),
    cinema: parseWith(slug, params.cinema),
    date: parseWith(isoDate, params.date),
    sort: parseWith(z.enum(movieSorts), params.sort) ?? "newest",
    page,
    ...parseShowtimeFilters(params),
  };
}

export function parseCitySlug(params: RawSearchParams): string | undefined {
  return parseWith(slug, params.city);
}

/** True when any filter narrows the showtimes themselves (not just the movies). */
export function hasShowtimeFilters(filters: ShowtimeFilters): boolean {
  return Boolean(filters.format || filters.language || filters.subtitles || filters.access.length > 0);
}

/** Builds a query string from the parsed state, leaving out defaults so URLs stay short and canonical. */
export function movieListQuery(params: Partial<MovieListParams>): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.genre) search.set("genre", params.genre);
  if (params.category) search.set("category", params.category);
  if (params.cinema) search.set("cinema", params.cinema);
  if (params.date) search.set("date", params.date);
  appendShowtimeFilters(search, params);
  if (params.sort && params.sort !== "newest") search.set("sort", params.sort);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function appendShowtimeFilters(search: URLSearchParams, filters: Partial<ShowtimeFilters>) {
  if (filters.format) search.set("format", filters.format);
  if (filters.language) search.set("lang", filters.language);
  if (filters.subtitles) search.set("subs", filters.subtitles);
  for (const flag of filters.access ?? []) search.append("access", flag);
}

/** A cinema page's chosen day (`?day=2026-11-24`). */
export function parseDay(params: RawSearchParams): string | undefined {
  return parseWith(isoDate, params.day);
}
