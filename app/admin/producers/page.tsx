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
import { listProducers, producerSorts } from "@/lib/catalog/admin-queries";

export const metadata: Metadata = { title: "Producers" };

const path = "/admin/producers";

export default async function ProducersPage({ searchParams }: PageProps<"/admin/producers">) {
  await requireAdminPage(path);
  const params = parseListParams(await searchParams, { sorts: producerSorts, defaultSort: "name" });
  const list = await listProducers(params);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Producers" actions={<Link href="/admin/producers/new" className={buttonClasses()}>New producer</Link>} />
      <ListToolbar path={path} params={params} searchLabel="Search producers by name" />
      {list.rows.length === 0 ? (
        <EmptyState title={params.q ? `No producers match “${params.q}”.` : "No producers yet."}>
          <Link href="/admin/producers/new" className="text-brand-700 underline">Add one</Link>
        </EmptyState>
      ) : (
        <Table caption="Producers">
          <thead>
            <tr>
              <SortHeader path={path} params={params} column="name" label="Name" />
              <SortHeader path={path} params={params} column="company" label="Company" />
              <Th>Age</Th>
              <Th>Movies</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/admin/producers/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link>
                </Td>
                <Td>{p.company || "—"}</Td>
                <Td>{p.age ?? "—"}</Td>
                <Td>{p.movieCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={(page) => listHref(path, params, { page })} />
    </div>
  );
}
