import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";

const { auth } = NextAuth(authConfig);

/**
 * An early, optimistic redirect from the JWT alone (no database on the edge). The real checks are in
 * lib/auth/dal.ts, which every page, action and route handler under these paths calls itself.
 */
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const user = request.auth?.user;
  if (!user) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  if (pathname.startsWith("/admin") && user.role !== "admin") {
    return NextResponse.rewrite(new URL("/forbidden", request.nextUrl.origin), { status: 403 });
  }
  return NextResponse.next();
});

export const config = { matcher: ["/admin/:path*", "/account/:path*"] };
