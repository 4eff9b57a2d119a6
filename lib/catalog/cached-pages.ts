/**
 * The public pages served from Next's full-route cache (docs/decisions/021-cached-catalogue-pages.md):
 * one HTML for every visitor, rendered again after 15 s or when an admin edit revalidates its tags. They
 * render nothing per visitor (the header's account links load from /api/account-summary, a seat map's
 * own holds from its availability route), so the
 * middleware neither reads a session for them nor gives them a nonce their cached scripts could not carry.
 * Edge-safe: middleware.ts routes requests with it.
 */
import { parseCitySlug } from "./search-params";

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
/** A city's home page (`/?city=…`), one per city: app/(catalogue)/cached-city/[city]. */
const CITY_HOME_ROUTE = "/cached-city";

/** The internal routes above answer 404 by their own URLs (app/[...unknown]): each page has one address. */
const INTERNAL = /^\/cached-(list|city)(\/|$)|^\/(movies|cinemas|showtimes)\/[^/]+\/per-request$/;
const NOT_A_PAGE = "/not-a-page";

export type PageRoute = { cached: boolean; pathname: string };

/**
 * Where the middleware sends a page request: to a cached route (`cached`), to another route rendered
 * per request, or, for every other page, nowhere else (undefined: rendered per request at its own path).
 */
export function routePage({ pathname, search }: { pathname: string; search: string }): PageRoute | undefined {
  if (INTERNAL.test(pathname)) return { cached: false, pathname: NOT_A_PAGE };
  if (CACHED_AT_ANY_QUERY.test(pathname)) return { cached: true, pathname };
  if (CACHED_WITHOUT_QUERY.test(pathname)) {
    return search ? { cached: false, pathname: `${pathname}${PER_REQUEST_TWIN}` } : { cached: true, pathname };
  }
  // The home page reads only its city; a value that is no slug stays on the per-request route.
  const city = pathname === "/" && search ? parseCitySlug({ city: new URLSearchParams(search).get("city") ?? undefined }) : undefined;
  if (city) return { cached: true, pathname: `${CITY_HOME_ROUTE}/${city}` };
  const list = CACHED_LISTS.get(pathname);
  if (list && !(search && list.readsQuery)) return { cached: true, pathname: `${CACHED_LIST_ROUTE}/${list.name}` };
  return undefined;
}

/** generateStaticParams of a cached page's route: none at build, each rendered on its first visit. */
export function noPagesAtBuild(): never[] {
  return [];
}
