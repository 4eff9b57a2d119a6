import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MovieGrid } from "@/components/catalog/movie-grid";
import { Paragraphs } from "@/components/catalog/paragraphs";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { JsonLdScript } from "@/components/seo/json-ld";
import { getCachedCategory } from "@/lib/catalog/cached";
import { absoluteUrl, pageMetadata, summarize } from "@/lib/seo/metadata";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCachedCategory(slug);
  if (!category) return { title: "Category not found" };
  return pageMetadata({
    title: `${category.name} — movies`,
    description: summarize(category.description || `${category.name}: films showing at Marquee cinemas.`),
    path: `/categories/${category.slug}`,
  });
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const category = await getCachedCategory(slug);
  if (!category) notFound();
  const path = `/categories/${category.slug}`;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs
          items={[
            { name: "Home", path: "/" },
            { name: "Movies", path: "/movies" },
            { name: category.name, path },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{category.name}</h1>
        {category.description ? <Paragraphs text={category.description} className="mt-3 max-w-prose text-zinc-800" /> : null}
      </div>
      <section aria-labelledby="category-films" className="flex flex-col gap-4">
        <h2 id="category-films" className="text-xl font-semibold">
          Films
        </h2>
        {category.movies.length > 0 ? (
          <MovieGrid movies={category.movies} priorityCount={2} />
        ) : (
          <p className="text-zinc-700">No films in this category right now.</p>
        )}
      </section>
      <JsonLdScript
        data={{
          "@context": "https://schema.org",
          "@type": "CollectionPage",
          name: category.name,
          url: absoluteUrl(path),
          mainEntity: {
            "@type": "ItemList",
            itemListElement: category.movies.map((movie, index) => ({
              "@type": "ListItem",
              position: index + 1,
              url: absoluteUrl(`/movies/${movie.slug}`),
              name: movie.title,
            })),
          },
        }}
      />
    </div>
  );
}

// Cached for every visitor (lib/catalog/cached-pages.ts): rendered on the first visit, not at build
// (the build has no database), again after 15 s or when an admin edit revalidates its tags, and
// never served older than next.config.ts's expireTime.
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
