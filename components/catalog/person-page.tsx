import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { MovieGrid } from "@/components/catalog/movie-grid";
import { Fact, PersonHeader } from "@/components/catalog/person-header";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLdScript } from "@/components/seo/json-ld";
import type { PersonDetail } from "@/lib/catalog/queries";
import { personJsonLd, type PersonInput } from "@/lib/seo/json-ld";
import { absoluteUrl, pageMetadata, posterUrl, summarize } from "@/lib/seo/metadata";

/**
 * The public page of a person in the catalogue (an actor, a producer): photo, facts, biography,
 * films and Person JSON-LD. A kind of person differs only in the data below; its route file is
 * `personPage(kind)`.
 */
export type PersonPageKind<Person extends PersonDetail> = {
  /** "actor": the page title says "Ada Lovelace — actor". */
  role: string;
  /** Where these pages live: "/actors". */
  basePath: string;
  load: (slug: string) => Promise<Person | null>;
  /** The description for search engines when the person has no biography. */
  fallbackDescription: (name: string) => string;
  /** Shown under the name; a fact without a value is left out by returning null. */
  facts: (person: Person) => ({ term: string; value: ReactNode } | null)[];
  /** What schema.org's Person gets beyond name, URL, image and description. */
  jsonLd: (person: Person) => Pick<PersonInput, "birthDate" | "jobTitle" | "worksFor">;
};

type Props = { params: Promise<{ slug: string }> };

export function personPage<Person extends PersonDetail>(kind: PersonPageKind<Person>) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const person = await kind.load((await params).slug);
    if (!person) return { title: `${kind.role[0].toUpperCase()}${kind.role.slice(1)} not found` };
    const image = posterUrl(person.photoId);
    return pageMetadata({
      title: `${person.name} — ${kind.role}`,
      description: summarize(person.bio || kind.fallbackDescription(person.name)),
      path: `${kind.basePath}/${person.slug}`,
      image: image ? { url: image, alt: `Photo of ${person.name}` } : undefined,
      type: "profile",
    });
  }

  async function Page({ params }: Props) {
    const person = await kind.load((await params).slug);
    if (!person) notFound();
    const path = `${kind.basePath}/${person.slug}`;
    return (
      <div className="flex flex-col gap-10">
        <div>
          <Breadcrumbs
            items={[
              { name: "Home", path: "/" },
              { name: "Movies", path: "/movies" },
              { name: person.name, path },
            ]}
          />
          <PersonHeader
            name={person.name}
            photoId={person.photoId}
            bio={person.bio}
            facts={kind.facts(person).map((fact) =>
              fact ? (
                <Fact key={fact.term} term={fact.term}>
                  {fact.value}
                </Fact>
              ) : null,
            )}
          />
        </div>
        <section aria-labelledby="films-heading">
          <h2 id="films-heading" className="mb-4 text-2xl font-bold tracking-tight">
            Films
          </h2>
          {person.movies.length > 0 ? <MovieGrid movies={person.movies} /> : <p className="text-zinc-700">No films on our screens right now.</p>}
        </section>
        <JsonLdScript
          data={personJsonLd({
            name: person.name,
            url: absoluteUrl(path),
            imageUrl: posterUrl(person.photoId),
            description: summarize(person.bio, 300),
            ...kind.jsonLd(person),
          })}
        />
      </div>
    );
  }

  return { generateMetadata, Page };
}
