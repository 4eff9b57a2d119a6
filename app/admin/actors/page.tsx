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
import { actorSorts, listActors } from "@/lib/catalog/admin-queries";
import { ageOn } from "@/lib/catalog/age";
import { now } from "@/lib/clock";

export const metadata: Metadata = { title: "Actors" };

const path = "/admin/actors";

export default async function ActorsPage({ searchParams }: PageProps<"/admin/actors">) {
  await requireAdminPage(path);
  const params = parseListParams(await searchParams, { sorts: actorSorts, defaultSort: "name" });
  const list = await listActors(params);
  const today = now();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Actors" actions={<Link href="/admin/actors/new" className={buttonClasses()}>New actor</Link>} />
      <ListToolbar path={path} params={params} searchLabel="Search actors by name" />
      {list.rows.length === 0 ? (
        <EmptyState title={params.q ? `No actors match “${params.q}”.` : "No actors yet."}>
          <Link href="/admin/actors/new" className="text-brand-700 underline">Add the first one</Link>
        </EmptyState>
      ) : (
        <Table caption="Actors">
          <thead>
            <tr>
              <SortHeader path={path} params={params} column="name" label="Name" />
              <SortHeader path={path} params={params} column="birthDate" label="Born" />
              <Th>Movies</Th>
              <Th>Slug</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((actor) => (
              <tr key={actor.id}>
                <Td>
                  <Link href={`/admin/actors/${actor.id}`} className="font-medium text-brand-700 hover:underline">{actor.name}</Link>
                </Td>
                <Td className="whitespace-nowrap">{actor.birthDate ? `${actor.birthDate} (${ageOn(actor.birthDate, today)})` : "—"}</Td>
                <Td>{actor.movieCount}</Td>
                <Td className="text-zinc-600">{actor.slug}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={(page) => listHref(path, params, { page })} />
    </div>
  );
}
