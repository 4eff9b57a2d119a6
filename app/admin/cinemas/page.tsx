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
import { cinemaSorts, listCinemasForAdmin } from "@/lib/venues/admin-queries";

export const metadata: Metadata = { title: "Cinemas" };

const path = "/admin/cinemas";

export default async function CinemasPage({ searchParams }: PageProps<"/admin/cinemas">) {
  await requireAdminPage(path);
  const params = parseListParams(await searchParams, { sorts: cinemaSorts, defaultSort: "name" });
  const list = await listCinemasForAdmin(params);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Cinemas" actions={<Link href="/admin/cinemas/new" className={buttonClasses()}>New cinema</Link>} />
      <ListToolbar path={path} params={params} searchLabel="Search by name or city" />
      {list.rows.length === 0 ? (
        <EmptyState title={params.q ? `No cinemas match “${params.q}”.` : "No cinemas yet."}>
          <Link href="/admin/cinemas/new" className="text-brand-700 underline">Add one</Link>
        </EmptyState>
      ) : (
        <Table caption="Cinemas">
          <thead>
            <tr>
              <SortHeader path={path} params={params} column="name" label="Name" />
              <SortHeader path={path} params={params} column="city" label="City" />
              <Th>Screens</Th>
              <Th>Time zone</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/admin/cinemas/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link>
                </Td>
                <Td>{c.city}</Td>
                <Td>{c.screenCount}</Td>
                <Td className="text-zinc-600">{c.timeZone}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={(page) => listHref(path, params, { page })} />
    </div>
  );
}
