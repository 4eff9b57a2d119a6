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
import { formatMoney } from "@/lib/money";
import { listFilterOptions, listShowtimes, showtimeSorts } from "@/lib/scheduling/admin-queries";
import { formatShowDay, formatShowTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Showtimes" };

const path = "/admin/showtimes";

export default async function ShowtimesPage({ searchParams }: PageProps<"/admin/showtimes">) {
  await requireAdminPage(path);
  const params = parseListParams(await searchParams, { sorts: showtimeSorts, defaultSort: "startsAt", filters: ["cinema", "movie", "date", "when"] });
  const [list, options] = await Promise.all([listShowtimes(params), listFilterOptions()]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Showtimes"
        actions={
          <>
            <Link href="/admin/showtimes/bulk" className={buttonClasses("secondary")}>Schedule a run</Link>
            <Link href="/admin/showtimes/new" className={buttonClasses()}>New showtime</Link>
          </>
        }
      />
      <ListToolbar path={path} params={params}>
        <FilterSelect name="cinema" label="Cinema" value={params.filters.cinema} options={options.cinemas.map((c) => ({ value: c.id, label: c.name }))} />
        <FilterSelect name="movie" label="Movie" value={params.filters.movie} options={options.movies.map((m) => ({ value: m.id, label: m.title }))} />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-date" className="text-sm font-medium text-zinc-800">Date</label>
          <input id="filter-date" type="date" name="date" defaultValue={params.filters.date ?? ""} className="min-h-10 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm" />
        </div>
        <FilterSelect
          name="when"
          label="When"
          value={params.filters.when}
          anyLabel="All"
          options={[
            { value: "upcoming", label: "Upcoming" },
            { value: "past", label: "Past" },
            { value: "cancelled", label: "Cancelled" },
          ]}
        />
      </ListToolbar>
      {list.rows.length === 0 ? (
        <EmptyState title="No showtimes match.">Change the filters, or schedule one.</EmptyState>
      ) : (
        <Table caption="Showtimes">
          <thead>
            <tr>
              <SortHeader path={path} params={params} column="startsAt" label="Starts" />
              <SortHeader path={path} params={params} column="movie" label="Movie" />
              <SortHeader path={path} params={params} column="cinema" label="Cinema · screen" />
              <Th>Format</Th>
              <Th>Price</Th>
              <Th>Sold</Th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((s) => (
              <tr key={s.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`/admin/showtimes/${s.id}`} className="font-medium text-brand-700 hover:underline">
                    {formatShowDay(s.startsAt, s.timeZone)} {formatShowTime(s.startsAt, s.timeZone)}
                  </Link>
                  {s.status === "cancelled" ? <> <Badge tone="danger">Cancelled</Badge></> : null}
                </Td>
                <Td>{s.movieTitle}</Td>
                <Td>{s.cinemaName} · {s.screenName}</Td>
                <Td>{s.formatName}</Td>
                <Td>{formatMoney(s.basePriceMinor, s.currency)}</Td>
                <Td className="whitespace-nowrap">{s.sold} / {s.capacity}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={(page) => listHref(path, params, { page })} />
    </div>
  );
}
