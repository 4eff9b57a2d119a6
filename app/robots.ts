import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/seo/metadata";

// Built per request so the sitemap URL follows the running server's APP_URL, not the build's.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/cart", "/checkout", "/api"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
