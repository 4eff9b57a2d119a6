import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { MovieGrid } from "@/components/catalog/movie-grid";
import { Fact, PersonHeader } from "@/components/catalog/person-header";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLdScript } from "@/components/seo/json-ld";
import { ageOn } from "@/lib/catalog/age";
import { getCachedActor } from "@/lib/catalog/cached";
import { now } from "@/lib/clock";
import { personJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl, pageMetadata, posterUrl, summarize } from "@/lib/seo/metadata";

type Props = { params: Promise<{ slug: string }> };

const birthFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const actor = await getCachedActor(slug);
  if (!actor) return { title: "Actor not found" };
  const image = posterUrl(actor.photoId);
  return pageMetadata({
    title: `${actor.name} — actor`,
    description: summarize(actor.bio || `${actor.name}'s films showing at Marquee cinemas.`),
    path: `/actors/${actor.slug}`,
    image: image ? { url: image, alt: `Photo of ${actor.name}` } : undefined,
    type: "profile",
  });
}

export default async function ActorPage({ params }: Props) {
  // Rendered per request: showings and availability change by the minute.
  await connection();
  const { slug } = await params;
  const actor = await getCachedActor(slug);
  if (!actor) notFound();
  const path = `/actors/${actor.slug}`;
  return (
    <div className="flex flex-col gap-10">
      <div>
        <Breadcrumbs
          items={[
            { name: "Home", path: "/" },
            { name: "Movies", path: "/movies" },
            { name: actor.name, path },
          ]}
        />
        <PersonHeader
          name={actor.name}
          photoId={actor.photoId}
          bio={actor.bio}
          facts={
            actor.birthDate ? (
              <>
                <Fact term="Born">
                  <time dateTime={actor.birthDate}>{birthFormat.format(new Date(`${actor.birthDate}T00:00:00Z`))}</time>
                </Fact>
                <Fact term="Age">{ageOn(actor.birthDate, now())}</Fact>
              </>
            ) : null
          }
        />
      </div>
      <section aria-labelledby="films-heading">
        <h2 id="films-heading" className="mb-4 text-2xl font-bold tracking-tight">
          Films
        </h2>
        {actor.movies.length > 0 ? <MovieGrid movies={actor.movies} /> : <p className="text-zinc-700">No films on our screens right now.</p>}
      </section>
      <JsonLdScript
        data={personJsonLd({
          name: actor.name,
          url: absoluteUrl(path),
          imageUrl: posterUrl(actor.photoId),
          description: summarize(actor.bio, 300),
          birthDate: actor.birthDate,
          jobTitle: "Actor",
        })}
      />
    </div>
  );
}
