import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MovieGrid } from "@/components/catalog/movie-grid";
import { Fact, PersonHeader } from "@/components/catalog/person-header";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLdScript } from "@/components/seo/json-ld";
import { getCachedProducer } from "@/lib/catalog/cached";
import { personJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl, pageMetadata, posterUrl, summarize } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const producer = await getCachedProducer(slug);
  if (!producer) return { title: "Producer not found" };
  const image = posterUrl(producer.photoId);
  return pageMetadata({
    title: `${producer.name} — producer`,
    description: summarize(producer.bio || `Films produced by ${producer.name}, showing at Marquee cinemas.`),
    path: `/producers/${producer.slug}`,
    image: image ? { url: image, alt: `Photo of ${producer.name}` } : undefined,
    type: "profile",
  });
}

export default async function ProducerPage({ params }: Props) {
  // Rendered per request: showings and availability change by the minute.
  await connection();
  const { slug } = await params;
  const producer = await getCachedProducer(slug);
  if (!producer) notFound();
  const path = `/producers/${producer.slug}`;
  return (
    <div className="flex flex-col gap-10">
      <div>
        <Breadcrumbs
          items={[
            { name: "Home", path: "/" },
            { name: "Movies", path: "/movies" },
            { name: producer.name, path },
          ]}
        />
        <PersonHeader
          name={producer.name}
          photoId={producer.photoId}
          bio={producer.bio}
          facts={
            <>
              <Fact term="Role">Producer</Fact>
              {producer.company ? <Fact term="Company">{producer.company}</Fact> : null}
              {producer.age != null ? <Fact term="Age">{producer.age}</Fact> : null}
            </>
          }
        />
      </div>
      <section aria-labelledby="films-heading">
        <h2 id="films-heading" className="mb-4 text-2xl font-bold tracking-tight">
          Films
        </h2>
        {producer.movies.length > 0 ? <MovieGrid movies={producer.movies} /> : <p className="text-zinc-700">No films on our screens right now.</p>}
      </section>
      <JsonLdScript
        data={personJsonLd({
          name: producer.name,
          url: absoluteUrl(path),
          imageUrl: posterUrl(producer.photoId),
          description: summarize(producer.bio, 300),
          jobTitle: "Film producer",
          worksFor: producer.company || undefined,
        })}
      />
    </div>
  );
}
