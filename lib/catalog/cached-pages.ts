/**
 * The public pages served from Next's full-route cache (docs/decisions/021-cached-catalogue-pages.md):
 * one HTML for every visitor, rendered at most every 30 s or when an admin edit revalidates its tags.
 * They render nothing per visitor (the header's account links load from /api/account-summary), so the
 * middleware neither reads a session for them nor gives them a nonce their cached scripts could not carry.
 * Edge-safe: middleware.ts matches paths with it.
 */
const CACHED_PAGE = /^\/(actors|producers|categories)\/[^/]+$/;

export function isCachedPage(pathname: string) {
  return CACHED_PAGE.test(pathname);
}

/** generateStaticParams of a cached page's route: none at build, each rendered on its first visit. */
export function noPagesAtBuild(): { slug: string }[] {
  return [];
}
