/**
 * The public pages served from Next's full-route cache (docs/decisions/021-cached-catalogue-pages.md):
 * one HTML for every visitor, rendered again after 15 s or when an admin edit revalidates its tags. They
 * render nothing per visitor (the header's account links load from /api/account-summary, a seat map's
 * own holds from its availability route), so the
 * middleware neither reads a session for them nor gives them a nonce their cached scripts could not carry.
 * Edge-safe: middleware.ts routes requests with it.
 */
import { parseCitySlug, parseDay } from "./search-params";

/** Pages that read no query string: cached whatever it holds. */
const CACHED_AT_ANY_QUERY = /^\/(actors|producers|categories)\/[^/]+$/;
/**
 * Pages whose query string picks a view (showtime filters, another day, seats chosen before signing
 * in): cached without one.
 */
const CACHED_WITHOUT_QUERY = /^\/(movies|cinemas|showtimes)\/[^/]+$/;
/** Their views with a query string, rendered per request (app/(site)/{movies,cinemas,showtimes}/[…]/per-request). */
const PER_REQUEST_TWIN = "/per-request";

/** List pages, cached under a dynamic segment (app/(catalogue)/cached-list/[name]): a route without one is prerendered at build, which has no database. */
export type CachedList = "home" | "movies" | "cinemas";
const CACHED_LISTS = new Map<string, { name: CachedList; readsQuery: boolean }>([
  ["/", { name: "home", readsQuery: true }],
  ["/movies", { name: "movies", readsQuery: true }],
  ["/cinemas", { name: "cinemas", readsQuery: false }],
]);
const CACHED_LIST_ROUTE = "/cached-list";

/**
 * Pages that read one query parameter, cached once per value: a city's home page
 * (app/(catalogue)/cached-city/[city]) and a cinema's day (app/(catalogue)/cinemas/[slug]/cached-day/[day]).
 * Their routes redirect a value we have no page for, and only 200s are kept, so made-up values fill no
 * cache; a value that fails the parameter's rule stays on the per-request route.
 */
const CACHED_PER_VALUE = [
  {
    page: /^\/$/,
    param: "city",
    parse: (value: string) => parseCitySlug({ city: value }),
    route: (_: string, city: string) => `/cached-city/${city}`,
  },
  {
    page: /^\/cinemas\/[^/]+$/,
    param: "day",
    parse: (value: string) => parseDay({ day: value }),
    route: (cinemaPath: string, day: string) => `${cinemaPath}/cached-day/${day}`,
  },
];

/** The internal routes above answer 404 by their own URLs (app/[...unknown]): each page has one address. */
const INTERNAL = /^\/cached-(list|city)(\/|$)|^\/(movies|cinemas|showtimes)\/[^/]+\/per-request$|^\/cinemas\/[^/]+\/cached-day(\/|$)/;
const NOT_A_PAGE = "/not-a-page";

export type PageRoute = { cached: boolean; pathname: string };

/**
 * Where the middleware sends a page request: to a cached route (`cached`), to another route rendered
 * per request, or, for every other page, nowhere else (undefined: rendered per request at its own path).
 */
export function routePage({ pathname, search }: { pathname: string; search: string }): PageRoute | undefined {
  if (INTERNAL.test(pathname)) return { cached: false, pathname: NOT_A_PAGE };
  if (CACHED_AT_ANY_QUERY.test(pathname)) return { cached: true, pathname };
  for (const view of search ? CACHED_PER_VALUE : []) {
    const raw = view.page.test(pathname) ? new URLSearchParams(search).get(view.param) : null;
    const value = raw === null ? undefined : view.parse(raw);
    if (value) return { cached: true, pathname: view.route(pathname, value) };
  }
  if (CACHED_WITHOUT_QUERY.test(pathname)) {
    return search ? { cached: false, pathname: `${pathname}${PER_REQUEST_TWIN}` } : { cached: true, pathname };
  }
  const list = CACHED_LISTS.get(pathname);
  if (list && !(search && list.readsQuery)) return { cached: true, pathname: `${CACHED_LIST_ROUTE}/${list.name}` };
  return undefined;
}

/** generateStaticParams of a cached page's route: none at build, each rendered on its first visit. */
export function noPagesAtBuild(): never[] {
  return [];
}
