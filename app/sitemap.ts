import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listCatalogSitemapEntries } from "@/lib/catalog/queries";
import { absoluteUrl } from "@/lib/seo/metadata";
import { listCinemaSitemapEntries } from "@/lib/venues/queries";

/** Every public page, read from the database at request time (so the build needs no database). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [catalog, cinemas] = await Promise.all([listCatalogSitemapEntries(), listCinemaSitemapEntries()]);
  const newest = (rows: { updatedAt: Date }[]) =>
    rows.reduce<Date | undefined>((latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest), undefined);
  const entries = (prefix: string, rows: { slug: string; updatedAt: Date }[], priority: number, changeFrequency: "daily" | "weekly") =>
    rows.map((row) => ({ url: absoluteUrl(`${prefix}/${row.slug}`), lastModified: row.updatedAt, changeFrequency, priority }));
  return [
    { url: absoluteUrl("/"), lastModified: newest(catalog.movies), changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/movies"), lastModified: newest(catalog.movies), changeFrequency: "daily", priority: 0.9 },
    { url: absoluteUrl("/cinemas"), lastModified: newest(cinemas), changeFrequency: "weekly", priority: 0.7 },
    ...entries("/movies", catalog.movies, 0.8, "daily"),
    ...entries("/cinemas", cinemas, 0.7, "daily"),
    ...entries("/categories", catalog.categories, 0.5, "weekly"),
    ...entries("/actors", catalog.actors, 0.4, "weekly"),
    ...entries("/producers", catalog.producers, 0.3, "weekly"),
  ];
}
