import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/admin/page-header";
import { ListToolbar } from "@/components/admin/list-toolbar";
import { SortHeader } from "@/components/admin/sort-header";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireAdminPage } from "@/lib/auth/dal";
import { listHref, parseListParams } from "@/lib/admin/list-query";
import { categorySorts, listCategories } from "@/lib/catalog/admin-queries";

export const metadata: Metadata = { title: "Categories" };

const path = "/admin/categories";

export default async function CategoriesPage({ searchParams }: PageProps<"/admin/categories">) {
  await requireAdminPage(path);
  const params = parseListParams(await searchParams, { sorts: categorySorts, defaultSort: "name" });
  const list = await listCategories(params);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Categories" actions={<Link href="/admin/categories/new" className={buttonClasses()}>New category</Link>} />
      <ListToolbar path={path} params={params} searchLabel="Search categories by name" />
      {list.rows.length === 0 ? (
        <EmptyState title={params.q ? `No categories match “${params.q}”.` : "No categories yet."}>
          <Link href="/admin/categories/new" className="text-brand-700 underline">Add one</Link>
        </EmptyState>
      ) : (
        <Table caption="Categories">
          <thead>
            <tr>
              <SortHeader path={path} params={params} column="name" label="Name" />
              <Th>Slug</Th>
              <Th>Movies</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/admin/categories/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link>
                </Td>
                <Td className="text-zinc-600">{c.slug}</Td>
                <Td>{c.movieCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={(page) => listHref(path, params, { page })} />
    </div>
  );
}
