import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/admin/page-header";
import { FilterSelect, ListToolbar } from "@/components/admin/list-toolbar";
import { SortHeader } from "@/components/admin/sort-header";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/dal";
import { listHref, parseListParams } from "@/lib/admin/list-query";
import { listCategoryOptions, listGenreOptions, listMovies, movieSorts } from "@/lib/catalog/admin-queries";
import { MovieStatusBadge } from "@/components/admin/movie-status-badge";

export const metadata: Metadata = { title: "Movies" };

const path = "/admin/movies";

export default async function MoviesPage({ searchParams }: PageProps<"/admin/movies">) {
  await requireAdminPage(path);
  const params = parseListParams(await searchParams, {
    sorts: movieSorts,
    defaultSort: "releaseDate",
    defaultDir: "desc",
    filters: ["status", "genre", "category"],
  });
  const [list, genres, categories] = await Promise.all([listMovies(params), listGenreOptions(), listCategoryOptions()]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Movies" actions={<Link href="/admin/movies/new" className={buttonClasses()}>New movie</Link>} />
      <ListToolbar path={path} params={params} searchLabel="Search movies by title">
        <FilterSelect
          name="status"
          label="Status"
          value={params.filters.status}
          options={[
            { value: "now-showing", label: "Now showing" },
            { value: "coming-soon", label: "Coming soon" },
            { value: "archived", label: "Archived" },
          ]}
        />
        <FilterSelect name="genre" label="Genre" value={params.filters.genre} options={genres.map((g) => ({ value: g.slug, label: g.name }))} />
        <FilterSelect name="category" label="Category" value={params.filters.category} options={categories.map((c) => ({ value: c.slug, label: c.name }))} />
      </ListToolbar>
      {list.rows.length === 0 ? (
        <EmptyState title="No movies match.">Try another search or clear the filters.</EmptyState>
      ) : (
        <Table caption="Movies">
          <thead>
            <tr>
              <SortHeader path={path} params={params} column="title" label="Title" />
              <SortHeader path={path} params={params} column="releaseDate" label="Release" />
              <SortHeader path={path} params={params} column="runtimeMinutes" label="Runtime" />
              <Th>Certificate</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((m) => (
              <tr key={m.id}>
                <Td>
                  <Link href={`/admin/movies/${m.id}`} className="font-medium text-brand-700 hover:underline">{m.title}</Link>
                </Td>
                <Td className="whitespace-nowrap">{m.releaseDate}</Td>
                <Td>{m.runtimeMinutes} min</Td>
                <Td><Badge>{m.certificate}</Badge></Td>
                <Td><MovieStatusBadge status={m.status} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={(page) => listHref(path, params, { page })} />
    </div>
  );
}
