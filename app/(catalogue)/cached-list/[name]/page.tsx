import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { HomePage, homeMetadata } from "@/components/catalog/home-page";
import { MoviesPage, moviesMetadata } from "@/components/catalog/movies-page";
import { CinemasPage, cinemasMetadata } from "@/components/venues/cinemas-page";
import { noPagesAtBuild, type CachedList } from "@/lib/catalog/cached-pages";

type Props = PageProps<"/cached-list/[name]">;

/**
 * `/`, `/movies` and `/cinemas` without a query string, one cached HTML for every visitor. They live
 * under a dynamic segment, which the middleware rewrites them to (lib/catalog/cached-pages.ts), because
 * a route without one is prerendered at build, and the build has no database.
 */
const lists: Record<CachedList, { metadata: Metadata; render: () => ReactNode }> = {
  home: { metadata: homeMetadata, render: () => <HomePage searchParams={{}} /> },
  movies: { metadata: moviesMetadata({}), render: () => <MoviesPage searchParams={{}} /> },
  cinemas: { metadata: cinemasMetadata, render: () => <CinemasPage /> },
};

function listNamed(name: string) {
  return Object.hasOwn(lists, name) ? lists[name as CachedList] : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listNamed((await params).name)?.metadata ?? {};
}

export default async function CachedListPage({ params }: Props) {
  const list = listNamed((await params).name);
  if (!list) notFound();
  return list.render();
}

// As the other cached pages (app/(catalogue)/movies/[slug]/page.tsx).
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
