import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { isBoxOfficeRole } from "@/lib/auth/roles";
import { routePage } from "@/lib/catalog/cached-pages";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

const { auth } = NextAuth(authConfig);

const development = env.NODE_ENV === "development";
// Tests point Stripe at a local stand-in whose hosted page lives on its own origin.
const paymentPage = env.STRIPE_API_BASE_URL ? new URL(env.STRIPE_API_BASE_URL).origin : undefined;

/**
 * Two jobs, both from the request alone (no database on the edge):
 * 1. every page gets a Content-Security-Policy with a fresh script nonce, which Next.js reads from the
 *    request header and puts on its own scripts (docs/decisions/004-csp.md) — except the cached
 *    catalogue pages, whose one HTML serves every visitor and can carry no nonce (ADR 021), and which
 *    lib/catalog/cached-pages.ts routes: to their cached route, or with a query string to a twin
 *    rendered per request;
 * 2. an early, optimistic redirect for /account, /admin and /box-office from the JWT (the box office is
 *    for staff and admins, /admin for admins only). The real checks are in
 *    lib/auth/dal.ts, which every page, action and route handler under these paths calls itself.
 * Only those three read the session here: decrypting the JWT was a third of a cached page's cost.
 */
export default function middleware(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  const route = routePage(request.nextUrl);
  if (route?.cached) {
    const response = route.pathname === pathname ? NextResponse.next() : NextResponse.rewrite(new URL(route.pathname, request.url));
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(null, { development, paymentPage }));
    return response;
  }
  if (route) return withNonce(request, (headers) => NextResponse.rewrite(new URL(`${route.pathname}${search}`, request.url), { request: { headers } }));
  if (isGuarded(pathname)) return guarded(request, event);
  return withNonce(request, (headers) => NextResponse.next({ request: { headers } }));
}

/** Adds a fresh nonce to the request (for Next's scripts) and the same policy to the response. */
function withNonce(request: NextRequest, respond: (headers: Headers) => NextResponse) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development, paymentPage });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = respond(headers);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Auth.js types its wrapper as a route handler; as middleware Next calls it with (request, event).
const guarded = auth((request) =>
  withNonce(request, (headers) => guard(request, request.auth?.user, headers) ?? NextResponse.next({ request: { headers } })),
) as unknown as NextMiddleware;

function isGuarded(pathname: string) {
  return ["/admin", "/account", "/box-office"].some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

function guard(request: NextRequest, user: { role?: string } | undefined, headers: Headers) {
  const { pathname, search } = request.nextUrl;
  const isAdmin = pathname === "/admin" || pathname.startsWith("/admin/");
  const isBoxOffice = pathname === "/box-office" || pathname.startsWith("/box-office/");
  if (!user) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const forbidden = (isAdmin && user.role !== "admin") || (isBoxOffice && !isBoxOfficeRole(user.role));
  if (forbidden) {
    return NextResponse.rewrite(new URL("/forbidden", request.nextUrl.origin), { status: 403, request: { headers } });
  }
  return null;
}

export const config = {
  matcher: [
    // The pages lib/catalog/cached-pages.ts routes by their query string, prefetches too: a prefetched
    // filtered movie page must reach its per-request twin, not the cached unfiltered one.
    "/",
    "/movies/:path*",
    "/cinemas/:path*",
    "/showtimes/:path*",
    // Every other page, but not its prefetches, static files, images, API routes (JSON, no scripts),
    // nor the image upload route: with middleware in front, Next.js reads a request's whole body before
    // the route can refuse it by its Content-Length (next.config.ts gives that route the API's headers).
    // /api/docs and its tag pages are the only pages under /api (the API's reference), so they are
    // matched like any other.
    {
      source: "/((?!api/(?!docs(?:/[^/]+)?$)|admin/uploads$|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|media/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
