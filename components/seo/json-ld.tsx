import { serializeJsonLd, type JsonLd } from "@/lib/seo/json-ld";

/** Structured data for crawlers; the JSON is escaped so page text cannot end the script early. */
export function JsonLdScript({ data }: { data: JsonLd | JsonLd[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
