import Link from "next/link";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/seo/metadata";
import { JsonLdScript } from "./json-ld";

/** Visible breadcrumbs and the matching BreadcrumbList for crawlers, from one list. */
export function Breadcrumbs({ items }: { items: { name: string; path: string }[] }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-zinc-600">
        <ol className="flex flex-wrap items-center gap-1">
          {items.map((item, index) => (
            <li key={item.path} className="flex items-center gap-1">
              {index > 0 ? <span aria-hidden="true">/</span> : null}
              {index === items.length - 1 ? (
                <span aria-current="page" className="font-medium text-zinc-800">
                  {item.name}
                </span>
              ) : (
                <Link href={item.path} className="underline-offset-2 hover:underline">
                  {item.name}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLdScript data={breadcrumbJsonLd(items.map((item) => ({ name: item.name, url: absoluteUrl(item.path) })))} />
    </>
  );
}
